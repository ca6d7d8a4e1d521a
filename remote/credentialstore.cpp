#include "credentialstore.h"

#include "remotelog.h"
#include "safefile.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <qt6keychain/keychain.h>

namespace Revaer {

namespace {

const QString Service = QStringLiteral("Revaer");
constexpr qint64 MaxFallbackBytes = 1 << 20;

// A keychain that refused (the user said no to unlocking it) is an answer;
// any other failure means there is no keychain to use here.
bool refused(QKeychain::Error error)
{
    return error == QKeychain::AccessDeniedByUser || error == QKeychain::AccessDenied;
}

} // namespace

CredentialStore::CredentialStore(QString fallbackFile, QObject *parent)
    : QObject(parent)
    , m_fallbackFile(std::move(fallbackFile))
{ }

QString CredentialStore::account(const QUrl &server, const QString &user)
{
    const int port = server.port(server.scheme() == QLatin1String("https") ? 443 : 80);
    return QStringLiteral("%1@%2:%3").arg(user, server.host()).arg(port);
}

void CredentialStore::read(const QString &account, std::function<void(std::optional<QString>)> done)
{
    auto *job = new QKeychain::ReadPasswordJob(Service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(account);
    connect(job, &QKeychain::Job::finished, this, [this, account, done = std::move(done)](QKeychain::Job *finished) {
        const auto *reader = static_cast<QKeychain::ReadPasswordJob *>(finished);
        if (reader->error() == QKeychain::NoError) {
            done(reader->textData());
            return;
        }
        if (reader->error() != QKeychain::EntryNotFound)
            qCInfo(lcRemote) << "no password from the keychain for" << account << ":" << reader->errorString();
        done(readFallback(account));
    });
    job->start();
}

void CredentialStore::write(const QString &account, const QString &password, std::function<void(Outcome)> done)
{
    auto *job = new QKeychain::WritePasswordJob(Service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(account);
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this, [this, account, password, done = std::move(done)](QKeychain::Job *finished) {
        Outcome outcome;
        if (finished->error() == QKeychain::NoError) {
            outcome.place = Place::Keychain;
            // A copy from a time without a keychain must not outlive this one.
            if (readFallback(account))
                outcome.error = writeFallback(account, std::nullopt);
        } else if (refused(finished->error())) {
            outcome.error = tr("the keychain refused: %1").arg(finished->errorString());
        } else {
            qCInfo(lcRemote) << "no keychain for" << account << "(" << finished->errorString() << "): using" << m_fallbackFile;
            outcome.error = writeFallback(account, password);
            if (outcome.error.isEmpty())
                outcome.place = Place::ProfileFile;
        }
        done(outcome);
    });
    job->start();
}

void CredentialStore::forget(const QString &account, std::function<void()> done)
{
    if (readFallback(account)) {
        const QString error = writeFallback(account, std::nullopt);
        if (!error.isEmpty())
            qCWarning(lcRemote) << error;
    }
    auto *job = new QKeychain::DeletePasswordJob(Service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(account);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *) {
        if (done)
            done();
    });
    job->start();
}

QString CredentialStore::describe(const Outcome &outcome) const
{
    switch (outcome.place) {
    case Place::Keychain:
        return tr("The password is kept in this computer's keychain.");
    case Place::ProfileFile:
        return tr("This computer has no keychain Revaer can use: the password is kept in %1, in plain text that only "
                  "your account can read.")
            .arg(m_fallbackFile);
    case Place::Nowhere:
        break;
    }
    return tr("The password could not be kept (%1): give it again next time.").arg(outcome.error);
}

std::optional<QString> CredentialStore::readFallback(const QString &account) const
{
    const SafeFile::ReadResult file = SafeFile::read(m_fallbackFile, MaxFallbackBytes);
    if (!file.ok())
        return std::nullopt;
    const QJsonValue password = QJsonDocument::fromJson(file.data).object().value(account);
    if (!password.isString())
        return std::nullopt;
    return password.toString();
}

QString CredentialStore::writeFallback(const QString &account, const std::optional<QString> &password) const
{
    const SafeFile::ReadResult file = SafeFile::read(m_fallbackFile, MaxFallbackBytes);
    // An unreadable file is replaced: it only ever held what this class wrote.
    QJsonObject passwords = file.ok() ? QJsonDocument::fromJson(file.data).object() : QJsonObject();
    if (password)
        passwords.insert(account, *password);
    else
        passwords.remove(account);
    // SafeFile writes files private to the user (0600).
    return SafeFile::write(m_fallbackFile, QJsonDocument(passwords).toJson(), *FileOps::system());
}

} // namespace Revaer
