#pragma once

#include <QDialog>
#include <QStringList>

class QPlainTextEdit;

namespace Revaer {

// File > Add Magnet Links: one link per line, the clipboard's already in it
// when it holds one.
class MagnetLinksDialog : public QDialog
{
    Q_OBJECT

public:
    explicit MagnetLinksDialog(QWidget *parent = nullptr);

    // The lines typed or pasted, trimmed, without empty ones.
    QStringList links() const;

private:
    QPlainTextEdit *m_text;
};

} // namespace Revaer
