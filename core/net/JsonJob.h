#pragma once

#include "NetworkJob.h"
#include "api/JsonReader.h"
#include "net/ApiClient.h"

#include <QJsonDocument>

namespace pli {

// A call of the JSON API: a method, a path under /api/v1, an optional query and JSON body.
// Subclasses (one per endpoint) decode the answer in parseResponse(); a call with nothing to
// decode (204, 202) can use JsonJob as it is.
class JsonJob : public NetworkJob
{
    Q_OBJECT
public:
    enum class Method
    {
        Get,
        Post,
        Put,
        Patch,
        Delete
    };

    JsonJob(ApiClient *api, Method method, const QString &path, QObject *parent = nullptr);

    Method method() const { return m_method; }
    QString path() const { return m_path; }
    void setQuery(const QueryItems &query) { m_query = query; }
    void setBody(const QJsonObject &body);
    // The decoded answer body (null for an empty body).
    QJsonDocument responseJson() const { return m_response; }
    // A document as a value (object, array, or null) for the decoders.
    static QJsonValue valueOf(const QJsonDocument &document);

protected:
    // Decodes a successful answer; returns MalformedResponse (or another error) to fail the job.
    // `json` is null when the answer had no body.
    virtual Error parseResponse(const QJsonDocument &json);
    // Whether a successful answer must carry a JSON body (default: true for GET).
    virtual bool expectsBody() const { return m_method == Method::Get; }

    QUrl requestUrl() const override;
    void prepareRequest(QNetworkRequest &request) const override;
    QNetworkReply *sendRequest(QNetworkAccessManager *network,
                               const QNetworkRequest &request) override;
    void handleSuccess(QNetworkReply *reply, const QByteArray &body) override;

private:
    Method m_method;
    QString m_path;
    QueryItems m_query;
    QByteArray m_body;
    bool m_hasBody = false;
    QJsonDocument m_response;
};

} // namespace pli
