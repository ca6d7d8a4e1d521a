#include "speedlimitdialog.h"

#include <QDialogButtonBox>
#include <QFontMetrics>
#include <QFormLayout>
#include <QSpinBox>

namespace Revaer {

SpeedLimitDialog::SpeedLimitDialog(const RateLimits &current, QWidget *parent)
    : QDialog(parent)
    , m_down(new QSpinBox(this))
    , m_up(new QSpinBox(this))
{
    setObjectName(QStringLiteral("torrentLimitsDialog"));
    setWindowTitle(tr("Torrent Speed Limits"));
    // Wide enough that the window manager shows the whole title.
    QFont titleFont = font();
    titleFont.setBold(true);
    setMinimumWidth(QFontMetrics(titleFont).horizontalAdvance(windowTitle()) + 160);
    for (QSpinBox *box : {m_down, m_up}) {
        box->setRange(0, 2'000'000);
        box->setSuffix(tr(" KiB/s"));
        box->setSpecialValueText(tr("Unlimited"));
    }
    m_down->setValue(int(current.downloadLimit / 1024));
    m_up->setValue(int(current.uploadLimit / 1024));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Download:"), m_down);
    form->addRow(tr("Upload:"), m_up);
    form->addRow(buttons);
}

RateLimits SpeedLimitDialog::limits() const
{
    return {m_down->value() * 1024, m_up->value() * 1024};
}

} // namespace Revaer
