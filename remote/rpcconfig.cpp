#include "rpcconfig.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHostAddress>
#include <QPasswordDigestor>
#include <QRandomGenerator>

namespace Revaer {

bool RpcConfig::isLoopbackOnly() const
{
    const QString address = bindAddress.trimmed();
    if (address.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress host(address);
    return !host.isNull() && host.isLoopback();
}

QString RpcConfig::problem() const
{
    if (!enabled)
        return {};
    if (port < 0 || port > 65535)
        return QCoreApplication::translate(
            "RpcConfig", "The remote-control port %1 is not a port from 1 to 65535 (or 0 for any free one).")
            .arg(port);
    const QString address = bindAddress.trimmed();
    if (address.compare(QLatin1String("localhost"), Qt::CaseInsensitive) != 0 && QHostAddress(address).isNull())
        return QCoreApplication::translate("RpcConfig",
            "The remote-control address “%1” is not an IP address. Give one such as 127.0.0.1, 192.168.1.5 or 0.0.0.0.")
            .arg(address);
    if (!isLoopbackOnly() && (user.isEmpty() || passwordHash.isEmpty()))
        return QCoreApplication::translate("RpcConfig",
            "Remote control on %1 would be reachable from the network without a password. Set a user and a "
            "password (--rpc-user and --rpc-password), or listen on 127.0.0.1 only.")
            .arg(address);
    if (useTls() && (certificateFile.isEmpty() || keyFile.isEmpty()))
        return QCoreApplication::translate(
            "RpcConfig", "HTTPS needs both a certificate and its private key (--rpc-certificate and --rpc-key).");
    return {};
}

RpcConfig RpcConfig::fromSection(const QVariantHash &section)
{
    RpcConfig config;
    config.enabled = section.value(QStringLiteral("enabled"), config.enabled).toBool();
    config.bindAddress = section.value(QStringLiteral("bindAddress"), config.bindAddress).toString();
    config.port = section.value(QStringLiteral("port"), config.port).toInt();
    config.user = section.value(QStringLiteral("user")).toString();
    config.passwordHash = section.value(QStringLiteral("passwordHash")).toString();
    config.webUiDir = section.value(QStringLiteral("webUiDir")).toString();
    config.certificateFile = section.value(QStringLiteral("certificateFile")).toString();
    config.keyFile = section.value(QStringLiteral("keyFile")).toString();
    config.allowedHosts = section.value(QStringLiteral("allowedHosts")).toStringList();
    return config;
}

QVariantHash RpcConfig::toSection() const
{
    return {
        {QStringLiteral("enabled"), enabled},
        {QStringLiteral("bindAddress"), bindAddress},
        {QStringLiteral("port"), port},
        {QStringLiteral("user"), user},
        {QStringLiteral("passwordHash"), passwordHash},
        {QStringLiteral("webUiDir"), webUiDir},
        {QStringLiteral("certificateFile"), certificateFile},
        {QStringLiteral("keyFile"), keyFile},
        {QStringLiteral("allowedHosts"), allowedHosts},
    };
}

QString RpcConfig::hashPassword(const QString &password, int rounds)
{
    QByteArray salt(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()), salt.size() / 4);
    const QByteArray key = QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password.toUtf8(), salt, rounds, 32);
    return QStringLiteral("pbkdf2-sha256$%1$%2$%3")
        .arg(rounds)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(key.toBase64()));
}

bool RpcConfig::verifyPassword(const QString &password, const QString &hash)
{
    const QStringList parts = hash.split(QLatin1Char('$'));
    if (parts.size() != 4 || parts.at(0) != QLatin1String("pbkdf2-sha256"))
        return false;
    bool ok = false;
    const int iterations = parts.at(1).toInt(&ok);
    if (!ok || iterations < 1 || iterations > 10'000'000)
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts.at(2).toLatin1());
    const QByteArray expected = QByteArray::fromBase64(parts.at(3).toLatin1());
    if (salt.isEmpty() || expected.isEmpty())
        return false;
    const QByteArray key = QPasswordDigestor::deriveKeyPbkdf2(
        QCryptographicHash::Sha256, password.toUtf8(), salt, iterations, quint64(expected.size()));
    // Compared in constant time: every byte, whatever the first difference.
    if (key.size() != expected.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < key.size(); ++i)
        difference |= static_cast<unsigned char>(key.at(i) ^ expected.at(i));
    return difference == 0;
}

} // namespace Revaer
