# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'shared_data_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QCheckBox, QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QPushButton, QRadioButton, QSizePolicy, QSpacerItem,
    QSpinBox, QVBoxLayout)

class Ui_SharedDataDialog(object):
    def setupUi(self, SharedDataDialog):
        if not SharedDataDialog.objectName():
            SharedDataDialog.setObjectName(u"SharedDataDialog")
        SharedDataDialog.resize(620, 520)
        self.sharedLayout = QVBoxLayout(SharedDataDialog)
        self.sharedLayout.setObjectName(u"sharedLayout")
        self.currentLabel = QLabel(SharedDataDialog)
        self.currentLabel.setObjectName(u"currentLabel")
        self.currentLabel.setWordWrap(True)

        self.sharedLayout.addWidget(self.currentLabel)

        self.localRadio = QRadioButton(SharedDataDialog)
        self.localRadio.setObjectName(u"localRadio")

        self.sharedLayout.addWidget(self.localRadio)

        self.serverRadio = QRadioButton(SharedDataDialog)
        self.serverRadio.setObjectName(u"serverRadio")

        self.sharedLayout.addWidget(self.serverRadio)

        self.serverGroup = QGroupBox(SharedDataDialog)
        self.serverGroup.setObjectName(u"serverGroup")
        self.serverForm = QFormLayout(self.serverGroup)
        self.serverForm.setObjectName(u"serverForm")
        self.hostCaption = QLabel(self.serverGroup)
        self.hostCaption.setObjectName(u"hostCaption")

        self.serverForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.hostCaption)

        self.hostEdit = QLineEdit(self.serverGroup)
        self.hostEdit.setObjectName(u"hostEdit")

        self.serverForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.hostEdit)

        self.portCaption = QLabel(self.serverGroup)
        self.portCaption.setObjectName(u"portCaption")

        self.serverForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.portCaption)

        self.portSpin = QSpinBox(self.serverGroup)
        self.portSpin.setObjectName(u"portSpin")
        self.portSpin.setMinimum(1)
        self.portSpin.setMaximum(65535)
        self.portSpin.setValue(5432)

        self.serverForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.portSpin)

        self.databaseCaption = QLabel(self.serverGroup)
        self.databaseCaption.setObjectName(u"databaseCaption")

        self.serverForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.databaseCaption)

        self.databaseEdit = QLineEdit(self.serverGroup)
        self.databaseEdit.setObjectName(u"databaseEdit")

        self.serverForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.databaseEdit)

        self.userCaption = QLabel(self.serverGroup)
        self.userCaption.setObjectName(u"userCaption")

        self.serverForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.userCaption)

        self.userEdit = QLineEdit(self.serverGroup)
        self.userEdit.setObjectName(u"userEdit")

        self.serverForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.userEdit)

        self.passwordCaption = QLabel(self.serverGroup)
        self.passwordCaption.setObjectName(u"passwordCaption")

        self.serverForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.passwordCaption)

        self.passwordEdit = QLineEdit(self.serverGroup)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.serverForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.rememberCheck = QCheckBox(self.serverGroup)
        self.rememberCheck.setObjectName(u"rememberCheck")

        self.serverForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.rememberCheck)

        self.officerCaption = QLabel(self.serverGroup)
        self.officerCaption.setObjectName(u"officerCaption")

        self.serverForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.officerCaption)

        self.officerEdit = QLineEdit(self.serverGroup)
        self.officerEdit.setObjectName(u"officerEdit")

        self.serverForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.officerEdit)


        self.sharedLayout.addWidget(self.serverGroup)

        self.testRow = QHBoxLayout()
        self.testRow.setObjectName(u"testRow")
        self.testButton = QPushButton(SharedDataDialog)
        self.testButton.setObjectName(u"testButton")

        self.testRow.addWidget(self.testButton)

        self.testResult = QLabel(SharedDataDialog)
        self.testResult.setObjectName(u"testResult")
        self.testResult.setWordWrap(True)

        self.testRow.addWidget(self.testResult)

        self.testSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.testRow.addItem(self.testSpacer)


        self.sharedLayout.addLayout(self.testRow)

        self.hintLabel = QLabel(SharedDataDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.sharedLayout.addWidget(self.hintLabel)

        self.errorLabel = QLabel(SharedDataDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b00020;")
        self.errorLabel.setWordWrap(True)

        self.sharedLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(SharedDataDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.sharedLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.hostCaption.setBuddy(self.hostEdit)
        self.portCaption.setBuddy(self.portSpin)
        self.databaseCaption.setBuddy(self.databaseEdit)
        self.userCaption.setBuddy(self.userEdit)
        self.passwordCaption.setBuddy(self.passwordEdit)
        self.officerCaption.setBuddy(self.officerEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SharedDataDialog)

        QMetaObject.connectSlotsByName(SharedDataDialog)
    # setupUi

    def retranslateUi(self, SharedDataDialog):
        SharedDataDialog.setWindowTitle(QCoreApplication.translate("SharedDataDialog", u"C\u00e0i \u0111\u1eb7t \u2014 D\u1eef li\u1ec7u d\u00f9ng chung", None))
        self.localRadio.setText(QCoreApplication.translate("SharedDataDialog", u"D\u1eef li\u1ec7u &ri\u00eang tr\u00ean m\u00e1y n\u00e0y (th\u01b0 m\u1ee5c d\u1eef li\u1ec7u)", None))
        self.serverRadio.setText(QCoreApplication.translate("SharedDataDialog", u"D\u1eef li\u1ec7u &d\u00f9ng chung tr\u00ean m\u00e1y ch\u1ee7 PostgreSQL (nhi\u1ec1u c\u00e1n b\u1ed9 c\u00f9ng l\u00e0m)", None))
        self.serverGroup.setTitle(QCoreApplication.translate("SharedDataDialog", u"M\u00e1y ch\u1ee7 d\u1eef li\u1ec7u (ng\u01b0\u1eddi ph\u1ee5 tr\u00e1ch tin h\u1ecdc cho bi\u1ebft)", None))
        self.hostCaption.setText(QCoreApplication.translate("SharedDataDialog", u"&M\u00e1y ch\u1ee7:", None))
        self.hostEdit.setPlaceholderText(QCoreApplication.translate("SharedDataDialog", u"v\u00ed d\u1ee5 192.168.1.10", None))
        self.portCaption.setText(QCoreApplication.translate("SharedDataDialog", u"&C\u1ed5ng:", None))
        self.databaseCaption.setText(QCoreApplication.translate("SharedDataDialog", u"C\u01a1 s\u1edf &d\u1eef li\u1ec7u:", None))
        self.databaseEdit.setPlaceholderText(QCoreApplication.translate("SharedDataDialog", u"v\u00ed d\u1ee5 sangkien", None))
        self.userCaption.setText(QCoreApplication.translate("SharedDataDialog", u"T\u00ean \u0111\u0103ng &nh\u1eadp:", None))
        self.passwordCaption.setText(QCoreApplication.translate("SharedDataDialog", u"M\u1eadt &kh\u1ea9u:", None))
        self.rememberCheck.setText(QCoreApplication.translate("SharedDataDialog", u"&Ghi nh\u1edb m\u1eadt kh\u1ea9u trong kho m\u1eadt kh\u1ea9u c\u1ee7a m\u00e1y t\u00ednh", None))
        self.officerCaption.setText(QCoreApplication.translate("SharedDataDialog", u"&T\u00ean c\u00e1n b\u1ed9:", None))
        self.officerEdit.setPlaceholderText(QCoreApplication.translate("SharedDataDialog", u"ghi v\u00e0o l\u1ecbch s\u1eed; \u0111\u1ec3 tr\u1ed1ng th\u00ec ghi t\u00ean \u0111\u0103ng nh\u1eadp", None))
        self.testButton.setText(QCoreApplication.translate("SharedDataDialog", u"&Th\u1eed k\u1ebft n\u1ed1i", None))
        self.hintLabel.setText(QCoreApplication.translate("SharedDataDialog", u"Thay \u0111\u1ed5i c\u00f3 hi\u1ec7u l\u1ef1c t\u1eeb l\u1ea7n m\u1edf ch\u01b0\u01a1ng tr\u00ecnh sau. M\u1eadt kh\u1ea9u kh\u00f4ng bao gi\u1edd \u0111\u01b0\u1ee3c ghi v\u00e0o t\u1ec7p c\u00e0i \u0111\u1eb7t: n\u1ebfu m\u00e1y kh\u00f4ng c\u00f3 kho m\u1eadt kh\u1ea9u, ch\u01b0\u01a1ng tr\u00ecnh h\u1ecfi m\u1eadt kh\u1ea9u m\u1ed7i l\u1ea7n m\u1edf. Chuy\u1ec3n d\u1eef li\u1ec7u s\u1eb5n c\u00f3 l\u00ean m\u00e1y ch\u1ee7: l\u1ec7nh \u201csangkien migrate-to\u201d.", None))
    # retranslateUi

