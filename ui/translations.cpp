#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace Revaer {

QString translationsDirectory()
{
    return QStringLiteral(":/i18n");
}

QLocale installTranslations(QCoreApplication *app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    // English is the source language: nothing to load.
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return locale;
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    auto *ours = new QTranslator(app);
    if (ours->load(locale, QStringLiteral("revaer"), QStringLiteral("_"), translationsDirectory()))
        QCoreApplication::installTranslator(ours);
    else
        delete ours;
    return locale;
}

} // namespace Revaer
