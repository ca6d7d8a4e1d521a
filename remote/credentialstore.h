#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace Revaer {

// Where the window keeps the passwords of the servers it connects to: the
// platform's keychain (Secret Service on Linux, the macOS Keychain, the
// Windows Credential Manager, through QtKeychain) where one answers,
// otherwise a file of the profile that only this account can read (0600),
// which the user is told about. One password per account ("user@host:port").
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    enum class Place : quint8 {
        Nowhere, // not kept: `error` says why
        Keychain,
        ProfileFile
    };
    struct Outcome {
        Place place = Place::Nowhere;
        QString error;
    };

    // `fallbackFile`: the profile file used where there is no keychain.
    explicit CredentialStore(QString fallbackFile, QObject *parent = nullptr);

    // The account name of a server: "user@host:port" (the scheme's default
    // port when the address has none).
    static QString account(const QUrl &server, const QString &user);

    // Each answers once, on this object's thread, possibly after a dialog of
    // the keychain asking to unlock it.
    void read(const QString &account, std::function<void(std::optional<QString> password)> done);
    void write(const QString &account, const QString &password, std::function<void(Outcome)> done);
    // Forgets the account's password wherever it is kept.
    void forget(const QString &account, std::function<void()> done = {});

    const QString &fallbackFile() const { return m_fallbackFile; }
    // A sentence for the user about where a password went.
    QString describe(const Outcome &outcome) const;

private:
    std::optional<QString> readFallback(const QString &account) const;
    QString writeFallback(const QString &account, const std::optional<QString> &password) const;

    QString m_fallbackFile;
};

} // namespace Revaer
