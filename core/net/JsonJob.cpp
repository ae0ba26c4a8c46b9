#include "JsonJob.h"

#include "ApiClient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace pli {

JsonJob::JsonJob(ApiClient *api, Method method, const QString &path, QObject *parent)
    : NetworkJob(api, parent)
    , m_method(method)
    , m_path(path)
{
    // Bodies may hold passwords: keep them no longer than the call.
    connect(this, &Job::finished, this, [this] {
        m_body.fill('\0');
        m_body.clear();
    });
}

void JsonJob::setBody(const QJsonObject &body)
{
    m_body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    m_hasBody = true;
}

QJsonValue JsonJob::valueOf(const QJsonDocument &document)
{
    if (document.isObject())
        return document.object();
    if (document.isArray())
        return document.array();
    return QJsonValue();
}

Error JsonJob::parseResponse(const QJsonDocument &json)
{
    Q_UNUSED(json);
    return {};
}

QUrl JsonJob::requestUrl() const
{
    return api()->endpoint(m_path, m_query);
}

void JsonJob::prepareRequest(QNetworkRequest &request) const
{
    if (m_hasBody)
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
}

QNetworkReply *JsonJob::sendRequest(QNetworkAccessManager *network, const QNetworkRequest &request)
{
    switch (m_method) {
    case Method::Get:
        return network->get(request);
    case Method::Post:
        return network->post(request, m_body);
    case Method::Put:
        return network->put(request, m_body);
    case Method::Patch:
        return network->sendCustomRequest(request, QByteArrayLiteral("PATCH"), m_body);
    case Method::Delete:
        return m_hasBody ? network->sendCustomRequest(request, QByteArrayLiteral("DELETE"), m_body)
                         : network->deleteResource(request);
    }
    return nullptr;
}

void JsonJob::handleSuccess(QNetworkReply *reply, const QByteArray &body)
{
    Q_UNUSED(reply);
    m_response = QJsonDocument();
    if (!body.isEmpty()) {
        const Error error = parseJsonDocument(body, m_response);
        if (error.isError()) {
            finishWithError(error);
            return;
        }
    } else if (expectsBody()) {
        finishWithError(Error(Error::Code::MalformedResponse, QStringLiteral("empty answer")));
        return;
    }
    const Error error = parseResponse(m_response);
    if (error.isError())
        finishWithError(error);
    else
        finishSuccess();
}

} // namespace pli
