# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'password_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QCheckBox, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QVBoxLayout)

class Ui_PasswordDialog(object):
    def setupUi(self, PasswordDialog):
        if not PasswordDialog.objectName():
            PasswordDialog.setObjectName(u"PasswordDialog")
        PasswordDialog.resize(520, 240)
        self.passwordLayout = QVBoxLayout(PasswordDialog)
        self.passwordLayout.setObjectName(u"passwordLayout")
        self.messageLabel = QLabel(PasswordDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.passwordLayout.addWidget(self.messageLabel)

        self.passwordForm = QFormLayout()
        self.passwordForm.setObjectName(u"passwordForm")
        self.serverCaption = QLabel(PasswordDialog)
        self.serverCaption.setObjectName(u"serverCaption")

        self.passwordForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.serverCaption)

        self.serverValue = QLabel(PasswordDialog)
        self.serverValue.setObjectName(u"serverValue")
        self.serverValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.passwordForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.serverValue)

        self.passwordCaption = QLabel(PasswordDialog)
        self.passwordCaption.setObjectName(u"passwordCaption")

        self.passwordForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passwordCaption)

        self.passwordEdit = QLineEdit(PasswordDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.passwordForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.passwordEdit)


        self.passwordLayout.addLayout(self.passwordForm)

        self.rememberCheck = QCheckBox(PasswordDialog)
        self.rememberCheck.setObjectName(u"rememberCheck")

        self.passwordLayout.addWidget(self.rememberCheck)

        self.rememberHint = QLabel(PasswordDialog)
        self.rememberHint.setObjectName(u"rememberHint")
        self.rememberHint.setWordWrap(True)

        self.passwordLayout.addWidget(self.rememberHint)

        self.buttonBox = QDialogButtonBox(PasswordDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.passwordLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.passwordCaption.setBuddy(self.passwordEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PasswordDialog)

        QMetaObject.connectSlotsByName(PasswordDialog)
    # setupUi

    def retranslateUi(self, PasswordDialog):
        PasswordDialog.setWindowTitle(QCoreApplication.translate("PasswordDialog", u"\u0110\u0103ng nh\u1eadp d\u1eef li\u1ec7u d\u00f9ng chung", None))
        self.serverCaption.setText(QCoreApplication.translate("PasswordDialog", u"M\u00e1y ch\u1ee7:", None))
        self.passwordCaption.setText(QCoreApplication.translate("PasswordDialog", u"&M\u1eadt kh\u1ea9u:", None))
        self.rememberCheck.setText(QCoreApplication.translate("PasswordDialog", u"&Ghi nh\u1edb m\u1eadt kh\u1ea9u trong kho m\u1eadt kh\u1ea9u c\u1ee7a m\u00e1y t\u00ednh", None))
    # retranslateUi

