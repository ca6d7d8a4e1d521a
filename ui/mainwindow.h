#pragma once

#include <QMainWindow>

#include <memory>

class QTableWidget;

namespace Revaer {

class LibtorrentEngine;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const QString &profileDir, QWidget *parent = nullptr);
    ~MainWindow() override;

    void addSource(const QString &source);

private:
    std::unique_ptr<LibtorrentEngine> m_engine;
    QTableWidget *m_table;
};

} // namespace Revaer
