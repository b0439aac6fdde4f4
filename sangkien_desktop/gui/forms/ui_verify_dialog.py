# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'verify_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout)

class Ui_VerifyDialog(object):
    def setupUi(self, VerifyDialog):
        if not VerifyDialog.objectName():
            VerifyDialog.setObjectName(u"VerifyDialog")
        VerifyDialog.resize(640, 300)
        self.verifyLayout = QVBoxLayout(VerifyDialog)
        self.verifyLayout.setObjectName(u"verifyLayout")
        self.introLabel = QLabel(VerifyDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.verifyLayout.addWidget(self.introLabel)

        self.codeRow = QHBoxLayout()
        self.codeRow.setObjectName(u"codeRow")
        self.codeLabel = QLabel(VerifyDialog)
        self.codeLabel.setObjectName(u"codeLabel")

        self.codeRow.addWidget(self.codeLabel)

        self.codeEdit = QLineEdit(VerifyDialog)
        self.codeEdit.setObjectName(u"codeEdit")

        self.codeRow.addWidget(self.codeEdit)

        self.checkButton = QPushButton(VerifyDialog)
        self.checkButton.setObjectName(u"checkButton")

        self.codeRow.addWidget(self.checkButton)


        self.verifyLayout.addLayout(self.codeRow)

        self.resultLabel = QLabel(VerifyDialog)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setWordWrap(True)
        self.resultLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.resultLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)

        self.verifyLayout.addWidget(self.resultLabel)

        self.verifySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.verifyLayout.addItem(self.verifySpacer)

        self.buttonBox = QDialogButtonBox(VerifyDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.verifyLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.codeLabel.setBuddy(self.codeEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(VerifyDialog)

        self.checkButton.setDefault(True)


        QMetaObject.connectSlotsByName(VerifyDialog)
    # setupUi

    def retranslateUi(self, VerifyDialog):
        VerifyDialog.setWindowTitle(QCoreApplication.translate("VerifyDialog", u"X\u00e1c th\u1ef1c gi\u1ea5y t\u1edd", None))
        self.introLabel.setText(QCoreApplication.translate("VerifyDialog", u"Nh\u1eadp m\u00e3 x\u00e1c th\u1ef1c in d\u01b0\u1edbi m\u00e3 QR tr\u00ean quy\u1ebft \u0111\u1ecbnh ho\u1eb7c gi\u1ea5y ch\u1ee9ng nh\u1eadn (ho\u1eb7c d\u00e1n n\u1ed9i dung \u0111\u1ecdc \u0111\u01b0\u1ee3c t\u1eeb m\u00e3 QR). Ch\u01b0\u01a1ng tr\u00ecnh tr\u1ea3 l\u1eddi gi\u1ea5y \u0111\u00f3 c\u00f3 trong d\u1eef li\u1ec7u n\u00e0y kh\u00f4ng: gi\u1ea5y do \u0111\u01a1n v\u1ecb n\u00e0y ban h\u00e0nh, ho\u1eb7c nh\u1eadn \u0111\u01b0\u1ee3c trong g\u00f3i h\u1ed3 s\u01a1 c\u1ee7a \u0111\u01a1n v\u1ecb kh\u00e1c.", None))
        self.codeLabel.setText(QCoreApplication.translate("VerifyDialog", u"&M\u00e3 x\u00e1c th\u1ef1c:", None))
        self.codeEdit.setPlaceholderText(QCoreApplication.translate("VerifyDialog", u"v\u00ed d\u1ee5 SK7Q-4M2X", None))
        self.checkButton.setText(QCoreApplication.translate("VerifyDialog", u"&Ki\u1ec3m tra", None))
    # retranslateUi

