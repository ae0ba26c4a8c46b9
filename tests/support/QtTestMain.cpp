// main() for GoogleTest executables that need a Qt application object (event loop, signals).
// Widget test executables define PLI_TEST_WIDGETS to get a QApplication instead.
#include <gtest/gtest.h>

#ifdef PLI_TEST_WIDGETS
#include <QApplication>
#include <QSettings>
#include <QTemporaryDir>
using TestApplication = QApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

int main(int argc, char **argv)
{
    TestApplication app(argc, argv);
    TestApplication::setOrganizationName(QStringLiteral("PliTests"));
    TestApplication::setApplicationName(QStringLiteral("pli-tests"));
#ifdef PLI_TEST_WIDGETS
    // Each widget test executable keeps its QSettings() in a folder of its own: ctest runs
    // several at once, and a preference one test sets must not leak into another beside it.
    const QTemporaryDir settings;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
#endif
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
