// The personas of a signed-in profile: a live unread count changes one row in place, and is not
// undone by the answer of a refresh that was already on its way.
#include "SignedInApi.h"
#include "TestServer.h"
#include "WaitUntil.h"

#include "models/PersonaListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <gtest/gtest.h>

using namespace pli;
using namespace pli::test;

namespace {

QList<Persona> twoPersonas()
{
    Persona work{QStringLiteral("p1"), QStringLiteral("work@example.org"), QString(), 3, 5};
    Persona home{QStringLiteral("p2"), QStringLiteral("home@example.org"), QStringLiteral("Home"),
                 0, 1};
    return {work, home};
}

} // namespace

TEST(PersonaListModel, UnreadCountChangesOneRowInPlace)
{
    PersonaListModel model(nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setPersonas(twoPersonas());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    model.setUnreadCount(QStringLiteral("p2"), 4);

    ASSERT_EQ(changed.size(), 1);
    EXPECT_EQ(changed[0][0].toModelIndex(), model.index(1));
    EXPECT_EQ(changed[0][1].toModelIndex(), model.index(1));
    const auto roles = changed[0][2].value<QList<int>>();
    EXPECT_TRUE(roles.contains(PersonaListModel::UnreadCountRole));
    EXPECT_EQ(reset.size(), 0);
    EXPECT_EQ(model.index(1).data(PersonaListModel::UnreadCountRole).toInt(), 4);
    EXPECT_EQ(model.index(0).data(PersonaListModel::UnreadCountRole).toInt(), 3);
    EXPECT_EQ(model.personas().at(1).unreadCount, 4);
}

TEST(PersonaListModel, UnknownPersonaSameCountAndNegativeCountsAreHarmless)
{
    PersonaListModel model(nullptr);
    model.setPersonas(twoPersonas());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setUnreadCount(QStringLiteral("nobody"), 9);
    model.setUnreadCount(QStringLiteral("p1"), 3);
    EXPECT_EQ(changed.size(), 0);
    model.setUnreadCount(QStringLiteral("p1"), -2);
    EXPECT_EQ(changed.size(), 1);
    EXPECT_EQ(model.index(0).data(PersonaListModel::UnreadCountRole).toInt(), 0);
}

TEST(PersonaListModel, LiveCountWinsOverARefreshAlreadyOnItsWay)
{
    TestServer server;
    SignedInApi alice(server, "alice");
    PersonaListModel model(alice.api.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.refresh();
    ASSERT_TRUE(waitUntil([&] { return model.hasLoaded(); }));
    const QString personaId = QString::fromStdString(alice.personaId);
    ASSERT_EQ(model.rowOf(personaId), 0);
    EXPECT_EQ(model.index(0).data(PersonaListModel::UnreadCountRole).toInt(), 0);

    // The server still says 0 in the answer to this refresh; the event is newer.
    QSignalSpy loaded(&model, &PersonaListModel::loaded);
    model.refresh();
    ASSERT_TRUE(model.isLoading());
    model.setUnreadCount(personaId, 2);
    ASSERT_TRUE(loaded.wait(10000));
    EXPECT_EQ(model.index(0).data(PersonaListModel::UnreadCountRole).toInt(), 2);

    // A refresh asked after the event shows the server's count again.
    model.refresh();
    ASSERT_TRUE(loaded.wait(10000));
    EXPECT_EQ(model.index(0).data(PersonaListModel::UnreadCountRole).toInt(), 0);
}
