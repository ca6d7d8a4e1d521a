#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace Revaer {

// Loads Revaer's translation (from :/i18n, compiled into the app) and Qt's
// own (standard buttons and dialogs) for `language`, a locale name such as
// "de"; empty means the system's language. Returns the locale in use, which
// also becomes QLocale's default so numbers and dates match the text.
QLocale installTranslations(QCoreApplication *app, const QString &language);

// Where the compiled translations live: ":/i18n" in the app.
QString translationsDirectory();

} // namespace Revaer
