# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'check_data_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QPlainTextEdit, QProgressBar,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout)

class Ui_CheckDataDialog(object):
    def setupUi(self, CheckDataDialog):
        if not CheckDataDialog.objectName():
            CheckDataDialog.setObjectName(u"CheckDataDialog")
        CheckDataDialog.resize(720, 480)
        self.checkLayout = QVBoxLayout(CheckDataDialog)
        self.checkLayout.setObjectName(u"checkLayout")
        self.introLabel = QLabel(CheckDataDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.checkLayout.addWidget(self.introLabel)

        self.stageLabel = QLabel(CheckDataDialog)
        self.stageLabel.setObjectName(u"stageLabel")

        self.checkLayout.addWidget(self.stageLabel)

        self.progressBar = QProgressBar(CheckDataDialog)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setValue(0)

        self.checkLayout.addWidget(self.progressBar)

        self.resultView = QPlainTextEdit(CheckDataDialog)
        self.resultView.setObjectName(u"resultView")
        self.resultView.setReadOnly(True)

        self.checkLayout.addWidget(self.resultView)

        self.checkButtons = QHBoxLayout()
        self.checkButtons.setObjectName(u"checkButtons")
        self.startButton = QPushButton(CheckDataDialog)
        self.startButton.setObjectName(u"startButton")

        self.checkButtons.addWidget(self.startButton)

        self.restoreButton = QPushButton(CheckDataDialog)
        self.restoreButton.setObjectName(u"restoreButton")

        self.checkButtons.addWidget(self.restoreButton)

        self.openFolderButton = QPushButton(CheckDataDialog)
        self.openFolderButton.setObjectName(u"openFolderButton")

        self.checkButtons.addWidget(self.openFolderButton)

        self.checkSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.checkButtons.addItem(self.checkSpacer)

        self.cancelButton = QPushButton(CheckDataDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.checkButtons.addWidget(self.cancelButton)

        self.closeButton = QPushButton(CheckDataDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.checkButtons.addWidget(self.closeButton)


        self.checkLayout.addLayout(self.checkButtons)


        self.retranslateUi(CheckDataDialog)

        QMetaObject.connectSlotsByName(CheckDataDialog)
    # setupUi

    def retranslateUi(self, CheckDataDialog):
        CheckDataDialog.setWindowTitle(QCoreApplication.translate("CheckDataDialog", u"Ki\u1ec3m tra d\u1eef li\u1ec7u", None))
        self.introLabel.setText(QCoreApplication.translate("CheckDataDialog", u"Ki\u1ec3m tra c\u01a1 s\u1edf d\u1eef li\u1ec7u (to\u00e0n v\u1eb9n, li\u00ean k\u1ebft gi\u1eefa c\u00e1c d\u1eef li\u1ec7u, ch\u1ec9 m\u1ee5c t\u00ecm ki\u1ebfm, ch\u1ec9 m\u1ee5c so s\u00e1nh h\u1ed3 s\u01a1 gi\u1ed1ng nhau), m\u1ecdi t\u1ec7p \u0111\u00ednh k\u00e8m (c\u00f3 \u0111\u1ee7 v\u00e0 \u0111\u00fang n\u1ed9i dung kh\u00f4ng) v\u00e0 c\u00e1c t\u1ec7p kh\u00f4ng h\u1ed3 s\u01a1 n\u00e0o d\u00f9ng. Nh\u1eefng g\u00ec s\u1eeda \u0111\u01b0\u1ee3c an to\u00e0n s\u1ebd \u0111\u01b0\u1ee3c s\u1eeda: d\u1ef1ng l\u1ea1i c\u00e1c ch\u1ec9 m\u1ee5c, chuy\u1ec3n t\u1ec7p th\u1eeba sang m\u1ed9t th\u01b0 m\u1ee5c ri\u00eang, x\u00f3a t\u1ec7p t\u1ea1m c\u00f2n s\u00f3t. D\u1eef li\u1ec7u h\u1ecfng th\u00ec kh\u00f4ng s\u1eeda t\u1ea1i ch\u1ed7: h\u00e3y kh\u00f4i ph\u1ee5c t\u1eeb b\u1ea3n sao l\u01b0u.", None))
        self.startButton.setText(QCoreApplication.translate("CheckDataDialog", u"&Ki\u1ec3m tra l\u1ea1i", None))
        self.restoreButton.setText(QCoreApplication.translate("CheckDataDialog", u"&Kh\u00f4i ph\u1ee5c t\u1eeb b\u1ea3n sao l\u01b0u\u2026", None))
        self.openFolderButton.setText(QCoreApplication.translate("CheckDataDialog", u"&M\u1edf th\u01b0 m\u1ee5c t\u1ec7p th\u1eeba", None))
        self.cancelButton.setText(QCoreApplication.translate("CheckDataDialog", u"&H\u1ee7y", None))
        self.closeButton.setText(QCoreApplication.translate("CheckDataDialog", u"\u0110\u00f3n&g", None))
    # retranslateUi

