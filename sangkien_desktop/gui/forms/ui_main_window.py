# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QMainWindow,
    QMenu, QMenuBar, QSizePolicy, QStatusBar,
    QTableView, QToolBar, QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1280, 760)
        self.actionNew = QAction(MainWindow)
        self.actionNew.setObjectName(u"actionNew")
        self.actionEdit = QAction(MainWindow)
        self.actionEdit.setObjectName(u"actionEdit")
        self.actionDelete = QAction(MainWindow)
        self.actionDelete.setObjectName(u"actionDelete")
        self.actionCheck = QAction(MainWindow)
        self.actionCheck.setObjectName(u"actionCheck")
        self.actionPrint = QAction(MainWindow)
        self.actionPrint.setObjectName(u"actionPrint")
        self.actionBin = QAction(MainWindow)
        self.actionBin.setObjectName(u"actionBin")
        self.actionSettings = QAction(MainWindow)
        self.actionSettings.setObjectName(u"actionSettings")
        self.actionImportJson = QAction(MainWindow)
        self.actionImportJson.setObjectName(u"actionImportJson")
        self.actionExportJson = QAction(MainWindow)
        self.actionExportJson.setObjectName(u"actionExportJson")
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.centralwidget = QWidget(MainWindow)
        self.centralwidget.setObjectName(u"centralwidget")
        self.centralLayout = QVBoxLayout(self.centralwidget)
        self.centralLayout.setObjectName(u"centralLayout")
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.searchEdit = QLineEdit(self.centralwidget)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.searchEdit)

        self.statusFilterLabel = QLabel(self.centralwidget)
        self.statusFilterLabel.setObjectName(u"statusFilterLabel")

        self.filterLayout.addWidget(self.statusFilterLabel)

        self.statusFilter = QComboBox(self.centralwidget)
        self.statusFilter.setObjectName(u"statusFilter")

        self.filterLayout.addWidget(self.statusFilter)

        self.campaignFilterLabel = QLabel(self.centralwidget)
        self.campaignFilterLabel.setObjectName(u"campaignFilterLabel")

        self.filterLayout.addWidget(self.campaignFilterLabel)

        self.campaignFilter = QComboBox(self.centralwidget)
        self.campaignFilter.setObjectName(u"campaignFilter")

        self.filterLayout.addWidget(self.campaignFilter)

        self.unitFilterLabel = QLabel(self.centralwidget)
        self.unitFilterLabel.setObjectName(u"unitFilterLabel")

        self.filterLayout.addWidget(self.unitFilterLabel)

        self.unitFilter = QComboBox(self.centralwidget)
        self.unitFilter.setObjectName(u"unitFilter")
        self.unitFilter.setMinimumContentsLength(18)
        self.unitFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.filterLayout.addWidget(self.unitFilter)


        self.centralLayout.addLayout(self.filterLayout)

        self.dossierTable = QTableView(self.centralwidget)
        self.dossierTable.setObjectName(u"dossierTable")
        self.dossierTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.dossierTable.setAlternatingRowColors(True)
        self.dossierTable.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.dossierTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.dossierTable.setSortingEnabled(True)
        self.dossierTable.setWordWrap(False)
        self.dossierTable.horizontalHeader().setStretchLastSection(True)
        self.dossierTable.verticalHeader().setVisible(False)

        self.centralLayout.addWidget(self.dossierTable)

        MainWindow.setCentralWidget(self.centralwidget)
        self.menubar = QMenuBar(MainWindow)
        self.menubar.setObjectName(u"menubar")
        self.menuFile = QMenu(self.menubar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuDossier = QMenu(self.menubar)
        self.menuDossier.setObjectName(u"menuDossier")
        self.menuTools = QMenu(self.menubar)
        self.menuTools.setObjectName(u"menuTools")
        self.menuHelp = QMenu(self.menubar)
        self.menuHelp.setObjectName(u"menuHelp")
        MainWindow.setMenuBar(self.menubar)
        self.toolBar = QToolBar(MainWindow)
        self.toolBar.setObjectName(u"toolBar")
        self.toolBar.setMovable(False)
        self.toolBar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        MainWindow.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolBar)
        self.statusbar = QStatusBar(MainWindow)
        self.statusbar.setObjectName(u"statusbar")
        MainWindow.setStatusBar(self.statusbar)
#if QT_CONFIG(shortcut)
        self.statusFilterLabel.setBuddy(self.statusFilter)
        self.campaignFilterLabel.setBuddy(self.campaignFilter)
        self.unitFilterLabel.setBuddy(self.unitFilter)
#endif // QT_CONFIG(shortcut)

        self.menubar.addAction(self.menuFile.menuAction())
        self.menubar.addAction(self.menuDossier.menuAction())
        self.menubar.addAction(self.menuTools.menuAction())
        self.menubar.addAction(self.menuHelp.menuAction())
        self.menuFile.addAction(self.actionImportJson)
        self.menuFile.addAction(self.actionExportJson)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionQuit)
        self.menuDossier.addAction(self.actionNew)
        self.menuDossier.addAction(self.actionEdit)
        self.menuDossier.addAction(self.actionDelete)
        self.menuDossier.addSeparator()
        self.menuDossier.addAction(self.actionCheck)
        self.menuDossier.addAction(self.actionPrint)
        self.menuDossier.addSeparator()
        self.menuDossier.addAction(self.actionBin)
        self.menuTools.addAction(self.actionSettings)
        self.menuHelp.addAction(self.actionAbout)
        self.toolBar.addAction(self.actionNew)
        self.toolBar.addAction(self.actionEdit)
        self.toolBar.addAction(self.actionDelete)
        self.toolBar.addSeparator()
        self.toolBar.addAction(self.actionCheck)
        self.toolBar.addAction(self.actionPrint)
        self.toolBar.addSeparator()
        self.toolBar.addAction(self.actionBin)
        self.toolBar.addAction(self.actionSettings)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"S\u00e1ng ki\u1ebfn Desktop", None))
        self.actionNew.setText(QCoreApplication.translate("MainWindow", u"H\u1ed3 s\u01a1 &m\u1edbi", None))
#if QT_CONFIG(shortcut)
        self.actionNew.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+N", None))
#endif // QT_CONFIG(shortcut)
        self.actionEdit.setText(QCoreApplication.translate("MainWindow", u"&M\u1edf / s\u1eeda", None))
#if QT_CONFIG(shortcut)
        self.actionEdit.setShortcut(QCoreApplication.translate("MainWindow", u"Return", None))
#endif // QT_CONFIG(shortcut)
        self.actionDelete.setText(QCoreApplication.translate("MainWindow", u"&X\u00f3a", None))
#if QT_CONFIG(shortcut)
        self.actionDelete.setShortcut(QCoreApplication.translate("MainWindow", u"Del", None))
#endif // QT_CONFIG(shortcut)
        self.actionCheck.setText(QCoreApplication.translate("MainWindow", u"&Ki\u1ec3m tra h\u1ed3 s\u01a1 \u0111\u00e3 ch\u1ecdn", None))
#if QT_CONFIG(shortcut)
        self.actionCheck.setShortcut(QCoreApplication.translate("MainWindow", u"F7", None))
#endif // QT_CONFIG(shortcut)
        self.actionPrint.setText(QCoreApplication.translate("MainWindow", u"&In v\u0103n b\u1ea3n\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionPrint.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+P", None))
#endif // QT_CONFIG(shortcut)
        self.actionBin.setText(QCoreApplication.translate("MainWindow", u"&Th\u00f9ng r\u00e1c\u2026", None))
        self.actionSettings.setText(QCoreApplication.translate("MainWindow", u"&C\u00e0i \u0111\u1eb7t\u2026", None))
        self.actionImportJson.setText(QCoreApplication.translate("MainWindow", u"&Nh\u1eadp h\u1ed3 s\u01a1 t\u1eeb t\u1ec7p JSON\u2026", None))
        self.actionExportJson.setText(QCoreApplication.translate("MainWindow", u"&Xu\u1ea5t h\u1ed3 s\u01a1 ra t\u1ec7p JSON\u2026", None))
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"T&ho\u00e1t", None))
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"&Gi\u1edbi thi\u1ec7u", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("MainWindow", u"T\u00ecm theo t\u00ean s\u00e1ng ki\u1ebfn, m\u00e3, t\u00e1c gi\u1ea3, \u0111\u01a1n v\u1ecb\u2026 (g\u00f5 kh\u00f4ng d\u1ea5u c\u0169ng \u0111\u01b0\u1ee3c)", None))
        self.statusFilterLabel.setText(QCoreApplication.translate("MainWindow", u"Tr\u1ea1ng th\u00e1i:", None))
        self.campaignFilterLabel.setText(QCoreApplication.translate("MainWindow", u"Ch\u01b0\u01a1ng tr\u00ecnh:", None))
        self.unitFilterLabel.setText(QCoreApplication.translate("MainWindow", u"\u0110\u01a1n v\u1ecb:", None))
        self.menuFile.setTitle(QCoreApplication.translate("MainWindow", u"&T\u1ec7p", None))
        self.menuDossier.setTitle(QCoreApplication.translate("MainWindow", u"&H\u1ed3 s\u01a1", None))
        self.menuTools.setTitle(QCoreApplication.translate("MainWindow", u"&C\u00f4ng c\u1ee5", None))
        self.menuHelp.setTitle(QCoreApplication.translate("MainWindow", u"Tr\u1ee3 &gi\u00fap", None))
        self.toolBar.setWindowTitle(QCoreApplication.translate("MainWindow", u"Thanh c\u00f4ng c\u1ee5", None))
    # retranslateUi

