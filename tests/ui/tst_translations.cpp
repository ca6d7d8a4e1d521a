#include "fakeengine.h"
#include "mainwindow.h"
#include "metatypes.h"
#include "settingsdialog.h"
#include "settingsstore.h"
#include "statussidebar.h"
#include "torrentlistmodel.h"
#include "translations.h"
#include "units.h"

#include <QAction>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Revaer;
using namespace Revaer::Test;

// Revaer ships translated: every text of every .ts is translated, and the
// German one really changes what the window says.
class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { registerEngineMetaTypes(); }

    void everyTextIsTranslated_data()
    {
        QTest::addColumn<QString>("ts");
        QDirIterator it(QStringLiteral(REVAER_TRANSLATIONS_SOURCE_DIR), {QStringLiteral("revaer_*.ts")});
        while (it.hasNext()) {
            const QString path = it.next();
            QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
        }
    }

    void everyTextIsTranslated()
    {
        QFETCH(QString, ts);
        QFile file(ts);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        // An unfinished or empty translation, with the source text before it.
        static const QRegularExpression unfinished(
            QStringLiteral("<source>([^<]*)</source>\\s*<translation[^>]*(type=\"unfinished\"|/>)"));
        QStringList missing;
        for (auto it = unfinished.globalMatch(text); it.hasNext();)
            missing.append(it.next().captured(1));
        QVERIFY2(missing.isEmpty(),
            qPrintable(QStringLiteral("untranslated in %1 (translate them in Qt Linguist, see translations/README.md): %2")
                           .arg(QFileInfo(ts).fileName(), missing.join(QStringLiteral(" | ")))));
    }

    void germanIsOffered() { QVERIFY(SettingsDialog::availableLanguages().contains(QStringLiteral("de"))); }

    void theWindowSpeaksGerman()
    {
        const QLocale locale = installTranslations(qApp, QStringLiteral("de"));
        QCOMPARE(locale.language(), QLocale::German);
        QTemporaryDir dir;
        SettingsStore settings(dir.filePath(QStringLiteral("revaer.ini")));
        FakeEngine engine;
        EngineConfig config;
        config.defaultSavePath = dir.path();
        settings.load(config);
        MainWindow window(&engine, &settings);
        QCOMPARE(window.action(QStringLiteral("pause"))->text(), QStringLiteral("&Anhalten"));
        QCOMPARE(window.model()->headerData(TorrentListModel::Size, Qt::Horizontal).toString(), QStringLiteral("Größe"));
        QVERIFY(window.sidebar()->item(0)->text().startsWith(QStringLiteral("Alle")));
        QCOMPARE(Units::formatDuration(90), QStringLiteral("1 min 30 s"));
        // Qt's own texts follow (standard buttons), from qtbase_de.qm.
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
