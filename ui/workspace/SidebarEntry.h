#pragma once

#include <QObject>

namespace pli::ui {

// The item roles and kinds of the workspace sidebar, shared by the sidebar, its delegate and
// the tests that drive it.
namespace SidebarEntry {
Q_NAMESPACE
enum Kind
{
    Account,
    Persona,
    AddressBook,
    Help
};
Q_ENUM_NS(Kind)
enum Role
{
    KindRole = Qt::UserRole + 100,
    AccountKeyRole,
    PersonaIdRole,
    EmailRole,
    DisplayNameRole,
    UnreadRole,
};
} // namespace SidebarEntry

} // namespace pli::ui
