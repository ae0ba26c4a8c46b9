#pragma once

#include <QObject>
#include <QString>
#include <gtest/gtest.h>

namespace pli::test {

// The descendant of `parent` of type T, named `name` when given: how the widget tests reach the
// parts of a window (by object name, or the models), rather than through getters the windows
// would keep for tests only. Fails the test when there is none.
template<typename T> T *child(const QObject *parent, const QString &name = {})
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        ADD_FAILURE() << "no " << T::staticMetaObject.className() << " named \""
                      << name.toStdString() << "\"";
    return found;
}

} // namespace pli::test
