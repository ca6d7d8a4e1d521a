#include "magnetlinksdialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace Revaer {

MagnetLinksDialog::MagnetLinksDialog(QWidget *parent)
    : QDialog(parent)
    , m_text(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("magnetLinksDialog"));
    setWindowTitle(tr("Add Magnet Links"));
    m_text->setPlaceholderText(tr("One magnet link per line"));
    const QString clip = QApplication::clipboard()->text().trimmed();
    if (clip.startsWith(QStringLiteral("magnet:"), Qt::CaseInsensitive))
        m_text->setPlainText(clip);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Magnet links:"), this));
    layout->addWidget(m_text);
    layout->addWidget(buttons);
    resize(560, 220);
}

QStringList MagnetLinksDialog::links() const
{
    QStringList links;
    for (const QString &line : m_text->toPlainText().split(u'\n', Qt::SkipEmptyParts)) {
        if (!line.trimmed().isEmpty())
            links.append(line.trimmed());
    }
    return links;
}

} // namespace Revaer
