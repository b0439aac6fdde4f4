# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'backups_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QFormLayout, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout)

class Ui_BackupsDialog(object):
    def setupUi(self, BackupsDialog):
        if not BackupsDialog.objectName():
            BackupsDialog.setObjectName(u"BackupsDialog")
        BackupsDialog.resize(820, 500)
        self.backupsLayout = QVBoxLayout(BackupsDialog)
        self.backupsLayout.setObjectName(u"backupsLayout")
        self.placesLayout = QFormLayout()
        self.placesLayout.setObjectName(u"placesLayout")
        self.dataFolderCaption = QLabel(BackupsDialog)
        self.dataFolderCaption.setObjectName(u"dataFolderCaption")

        self.placesLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dataFolderCaption)

        self.dataFolderLabel = QLabel(BackupsDialog)
        self.dataFolderLabel.setObjectName(u"dataFolderLabel")
        self.dataFolderLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.placesLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dataFolderLabel)

        self.backupsFolderCaption = QLabel(BackupsDialog)
        self.backupsFolderCaption.setObjectName(u"backupsFolderCaption")

        self.placesLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.backupsFolderCaption)

        self.backupsFolderLabel = QLabel(BackupsDialog)
        self.backupsFolderLabel.setObjectName(u"backupsFolderLabel")
        self.backupsFolderLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.placesLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.backupsFolderLabel)

        self.earlierFoldersCaption = QLabel(BackupsDialog)
        self.earlierFoldersCaption.setObjectName(u"earlierFoldersCaption")

        self.placesLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.earlierFoldersCaption)

        self.earlierFoldersLabel = QLabel(BackupsDialog)
        self.earlierFoldersLabel.setObjectName(u"earlierFoldersLabel")
        self.earlierFoldersLabel.setWordWrap(True)
        self.earlierFoldersLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.placesLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.earlierFoldersLabel)


        self.backupsLayout.addLayout(self.placesLayout)

        self.backupsHint = QLabel(BackupsDialog)
        self.backupsHint.setObjectName(u"backupsHint")
        self.backupsHint.setWordWrap(True)

        self.backupsLayout.addWidget(self.backupsHint)

        self.backupTable = QTableWidget(BackupsDialog)
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

        self.backupsLayout.addWidget(self.backupTable)

        self.backupButtons = QHBoxLayout()
        self.backupButtons.setObjectName(u"backupButtons")
        self.backupNowButton = QPushButton(BackupsDialog)
        self.backupNowButton.setObjectName(u"backupNowButton")

        self.backupButtons.addWidget(self.backupNowButton)

        self.restoreButton = QPushButton(BackupsDialog)
        self.restoreButton.setObjectName(u"restoreButton")

        self.backupButtons.addWidget(self.restoreButton)

        self.restoreFileButton = QPushButton(BackupsDialog)
        self.restoreFileButton.setObjectName(u"restoreFileButton")

        self.backupButtons.addWidget(self.restoreFileButton)

        self.copyButton = QPushButton(BackupsDialog)
        self.copyButton.setObjectName(u"copyButton")

        self.backupButtons.addWidget(self.copyButton)

        self.openFolderButton = QPushButton(BackupsDialog)
        self.openFolderButton.setObjectName(u"openFolderButton")

        self.backupButtons.addWidget(self.openFolderButton)

        self.backupSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.backupButtons.addItem(self.backupSpacer)

        self.closeButton = QPushButton(BackupsDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.backupButtons.addWidget(self.closeButton)


        self.backupsLayout.addLayout(self.backupButtons)


        self.retranslateUi(BackupsDialog)

        QMetaObject.connectSlotsByName(BackupsDialog)
    # setupUi

    def retranslateUi(self, BackupsDialog):
        BackupsDialog.setWindowTitle(QCoreApplication.translate("BackupsDialog", u"Sao l\u01b0u v\u00e0 kh\u00f4i ph\u1ee5c", None))
        self.dataFolderCaption.setText(QCoreApplication.translate("BackupsDialog", u"Th\u01b0 m\u1ee5c d\u1eef li\u1ec7u:", None))
        self.backupsFolderCaption.setText(QCoreApplication.translate("BackupsDialog", u"Th\u01b0 m\u1ee5c sao l\u01b0u:", None))
        self.earlierFoldersCaption.setText(QCoreApplication.translate("BackupsDialog", u"Th\u01b0 m\u1ee5c c\u0169:", None))
        self.backupsHint.setText(QCoreApplication.translate("BackupsDialog", u"M\u1ed7i b\u1ea3n sao l\u01b0u g\u1ed3m c\u01a1 s\u1edf d\u1eef li\u1ec7u v\u00e0 m\u1ecdi t\u1ec7p \u0111\u00ednh k\u00e8m. Ch\u01b0\u01a1ng tr\u00ecnh t\u1ef1 sao l\u01b0u m\u1ed7i ng\u00e0y khi m\u1edf, tr\u01b0\u1edbc khi n\u00e2ng c\u1ea5p d\u1eef li\u1ec7u v\u00e0 tr\u01b0\u1edbc khi nh\u1eadp d\u1eef li\u1ec7u; gi\u1eef 7 b\u1ea3n h\u1eb1ng ng\u00e0y v\u00e0 4 b\u1ea3n h\u1eb1ng tu\u1ea7n. \u1ed4 c\u1ee9ng c\u00f3 th\u1ec3 h\u1ecfng b\u1ea5t c\u1ee9 l\u00fac n\u00e0o: h\u00e3y th\u01b0\u1eddng xuy\u00ean ch\u00e9p m\u1ed9t b\u1ea3n ra \u1ed5 USB.", None))
        ___qtablewidgetitem = self.backupTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("BackupsDialog", u"Th\u1eddi \u0111i\u1ec3m", None))
        ___qtablewidgetitem1 = self.backupTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("BackupsDialog", u"L\u00fd do", None))
        ___qtablewidgetitem2 = self.backupTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("BackupsDialog", u"S\u1ed1 h\u1ed3 s\u01a1", None))
        ___qtablewidgetitem3 = self.backupTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("BackupsDialog", u"Dung l\u01b0\u1ee3ng", None))
        self.backupNowButton.setText(QCoreApplication.translate("BackupsDialog", u"&Sao l\u01b0u ngay", None))
        self.restoreButton.setText(QCoreApplication.translate("BackupsDialog", u"&Kh\u00f4i ph\u1ee5c\u2026", None))
        self.restoreFileButton.setText(QCoreApplication.translate("BackupsDialog", u"Kh\u00f4i ph\u1ee5c t\u1eeb &t\u1ec7p\u2026", None))
        self.copyButton.setText(QCoreApplication.translate("BackupsDialog", u"&Ch\u00e9p ra USB\u2026", None))
        self.openFolderButton.setText(QCoreApplication.translate("BackupsDialog", u"&M\u1edf th\u01b0 m\u1ee5c", None))
        self.closeButton.setText(QCoreApplication.translate("BackupsDialog", u"\u0110\u00f3n&g", None))
    # retranslateUi

