# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'damaged_data_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout)

class Ui_DamagedDataDialog(object):
    def setupUi(self, DamagedDataDialog):
        if not DamagedDataDialog.objectName():
            DamagedDataDialog.setObjectName(u"DamagedDataDialog")
        DamagedDataDialog.resize(760, 460)
        self.damagedLayout = QVBoxLayout(DamagedDataDialog)
        self.damagedLayout.setObjectName(u"damagedLayout")
        self.messageLabel = QLabel(DamagedDataDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.damagedLayout.addWidget(self.messageLabel)

        self.hintLabel = QLabel(DamagedDataDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.damagedLayout.addWidget(self.hintLabel)

        self.backupTable = QTableWidget(DamagedDataDialog)
        if (self.backupTable.columnCount() < 4):
            self.backupTable.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.backupTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.backupTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.backupTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.backupTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.backupTable.setObjectName(u"backupTable")
        self.backupTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.backupTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.backupTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.backupTable.setColumnCount(4)
        self.backupTable.horizontalHeader().setStretchLastSection(False)
        self.backupTable.verticalHeader().setVisible(False)

        self.damagedLayout.addWidget(self.backupTable)

        self.emptyLabel = QLabel(DamagedDataDialog)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setWordWrap(True)

        self.damagedLayout.addWidget(self.emptyLabel)

        self.damagedButtons = QHBoxLayout()
        self.damagedButtons.setObjectName(u"damagedButtons")
        self.restoreButton = QPushButton(DamagedDataDialog)
        self.restoreButton.setObjectName(u"restoreButton")

        self.damagedButtons.addWidget(self.restoreButton)

        self.restoreFileButton = QPushButton(DamagedDataDialog)
        self.restoreFileButton.setObjectName(u"restoreFileButton")

        self.damagedButtons.addWidget(self.restoreFileButton)

        self.openFolderButton = QPushButton(DamagedDataDialog)
        self.openFolderButton.setObjectName(u"openFolderButton")

        self.damagedButtons.addWidget(self.openFolderButton)

        self.damagedSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.damagedButtons.addItem(self.damagedSpacer)

        self.closeButton = QPushButton(DamagedDataDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.damagedButtons.addWidget(self.closeButton)


        self.damagedLayout.addLayout(self.damagedButtons)


        self.retranslateUi(DamagedDataDialog)

        self.restoreButton.setDefault(True)


        QMetaObject.connectSlotsByName(DamagedDataDialog)
    # setupUi

    def retranslateUi(self, DamagedDataDialog):
        DamagedDataDialog.setWindowTitle(QCoreApplication.translate("DamagedDataDialog", u"D\u1eef li\u1ec7u b\u1ecb h\u1ecfng", None))
        self.hintLabel.setText(QCoreApplication.translate("DamagedDataDialog", u"Ch\u1ecdn m\u1ed9t b\u1ea3n sao l\u01b0u t\u1ed1t \u0111\u1ec3 kh\u00f4i ph\u1ee5c (b\u1ea3n m\u1edbi nh\u1ea5t \u1edf tr\u00ean c\u00f9ng). T\u1ec7p d\u1eef li\u1ec7u h\u1ecfng kh\u00f4ng b\u1ecb x\u00f3a: n\u00f3 \u0111\u01b0\u1ee3c gi\u1eef l\u1ea1i trong th\u01b0 m\u1ee5c sao l\u01b0u d\u01b0\u1edbi t\u00ean c\u00f3 ng\u00e0y gi\u1edd.", None))
        ___qtablewidgetitem = self.backupTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("DamagedDataDialog", u"Th\u1eddi \u0111i\u1ec3m", None))
        ___qtablewidgetitem1 = self.backupTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("DamagedDataDialog", u"L\u00fd do", None))
        ___qtablewidgetitem2 = self.backupTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("DamagedDataDialog", u"S\u1ed1 h\u1ed3 s\u01a1", None))
        ___qtablewidgetitem3 = self.backupTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("DamagedDataDialog", u"Dung l\u01b0\u1ee3ng", None))
        self.emptyLabel.setText(QCoreApplication.translate("DamagedDataDialog", u"Trong th\u01b0 m\u1ee5c sao l\u01b0u kh\u00f4ng c\u00f3 b\u1ea3n sao l\u01b0u t\u1ed1t n\u00e0o. N\u1ebfu b\u1ea1n \u0111\u00e3 ch\u00e9p b\u1ea3n sao l\u01b0u ra \u1ed5 USB, h\u00e3y ch\u1ecdn \u201cKh\u00f4i ph\u1ee5c t\u1eeb t\u1ec7p\u2026\u201d. \u0110\u1eebng x\u00f3a t\u1ec7p n\u00e0o trong th\u01b0 m\u1ee5c d\u1eef li\u1ec7u; h\u00e3y nh\u1edd ng\u01b0\u1eddi h\u1ed7 tr\u1ee3 k\u1ef9 thu\u1eadt.", None))
        self.restoreButton.setText(QCoreApplication.translate("DamagedDataDialog", u"&Kh\u00f4i ph\u1ee5c b\u1ea3n \u0111\u00e3 ch\u1ecdn", None))
        self.restoreFileButton.setText(QCoreApplication.translate("DamagedDataDialog", u"Kh\u00f4i ph\u1ee5c t\u1eeb &t\u1ec7p\u2026", None))
        self.openFolderButton.setText(QCoreApplication.translate("DamagedDataDialog", u"&M\u1edf th\u01b0 m\u1ee5c sao l\u01b0u", None))
        self.closeButton.setText(QCoreApplication.translate("DamagedDataDialog", u"\u0110\u00f3n&g", None))
    # retranslateUi

