// main() for GoogleTest executables that need a Qt application object (event loop, signals).
// Widget test executables define PLI_TEST_WIDGETS to get a QApplication instead.
#include <gtest/gtest.h>

#ifdef PLI_TEST_WIDGETS
#include <QApplication>
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
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
