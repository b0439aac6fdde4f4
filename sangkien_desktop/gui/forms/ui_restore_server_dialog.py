# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'restore_server_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QCheckBox, QDialogButtonBox, QFormLayout, QGroupBox,
    QLabel, QLineEdit, QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout)

class Ui_RestoreServerDialog(object):
    def setupUi(self, RestoreServerDialog):
        if not RestoreServerDialog.objectName():
            RestoreServerDialog.setObjectName(u"RestoreServerDialog")
        RestoreServerDialog.resize(600, 460)
        self.restoreLayout = QVBoxLayout(RestoreServerDialog)
        self.restoreLayout.setObjectName(u"restoreLayout")
        self.backupLabel = QLabel(RestoreServerDialog)
        self.backupLabel.setObjectName(u"backupLabel")
        self.backupLabel.setWordWrap(True)
        self.backupLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.restoreLayout.addWidget(self.backupLabel)

        self.explainLabel = QLabel(RestoreServerDialog)
        self.explainLabel.setObjectName(u"explainLabel")
        self.explainLabel.setWordWrap(True)

        self.restoreLayout.addWidget(self.explainLabel)

        self.targetGroup = QGroupBox(RestoreServerDialog)
        self.targetGroup.setObjectName(u"targetGroup")
        self.targetForm = QFormLayout(self.targetGroup)
        self.targetForm.setObjectName(u"targetForm")
        self.hostCaption = QLabel(self.targetGroup)
        self.hostCaption.setObjectName(u"hostCaption")

        self.targetForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.hostCaption)

        self.hostEdit = QLineEdit(self.targetGroup)
        self.hostEdit.setObjectName(u"hostEdit")

        self.targetForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.hostEdit)

        self.portCaption = QLabel(self.targetGroup)
        self.portCaption.setObjectName(u"portCaption")

        self.targetForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.portCaption)

        self.portSpin = QSpinBox(self.targetGroup)
        self.portSpin.setObjectName(u"portSpin")
        self.portSpin.setMinimum(1)
        self.portSpin.setMaximum(65535)
        self.portSpin.setValue(5432)

        self.targetForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.portSpin)

        self.databaseCaption = QLabel(self.targetGroup)
        self.databaseCaption.setObjectName(u"databaseCaption")

        self.targetForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.databaseCaption)

        self.databaseEdit = QLineEdit(self.targetGroup)
        self.databaseEdit.setObjectName(u"databaseEdit")

        self.targetForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.databaseEdit)

        self.userCaption = QLabel(self.targetGroup)
        self.userCaption.setObjectName(u"userCaption")

        self.targetForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.userCaption)

        self.userEdit = QLineEdit(self.targetGroup)
        self.userEdit.setObjectName(u"userEdit")

        self.targetForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.userEdit)

        self.passwordCaption = QLabel(self.targetGroup)
        self.passwordCaption.setObjectName(u"passwordCaption")

        self.targetForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.passwordCaption)

        self.passwordEdit = QLineEdit(self.targetGroup)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.targetForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.passwordEdit)


        self.restoreLayout.addWidget(self.targetGroup)

        self.useCheck = QCheckBox(RestoreServerDialog)
        self.useCheck.setObjectName(u"useCheck")

        self.restoreLayout.addWidget(self.useCheck)

        self.errorLabel = QLabel(RestoreServerDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b00020;")
        self.errorLabel.setWordWrap(True)

        self.restoreLayout.addWidget(self.errorLabel)

        self.restoreSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.restoreLayout.addItem(self.restoreSpacer)

        self.buttonBox = QDialogButtonBox(RestoreServerDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.restoreLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.hostCaption.setBuddy(self.hostEdit)
        self.portCaption.setBuddy(self.portSpin)
        self.databaseCaption.setBuddy(self.databaseEdit)
        self.userCaption.setBuddy(self.userEdit)
        self.passwordCaption.setBuddy(self.passwordEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RestoreServerDialog)

        QMetaObject.connectSlotsByName(RestoreServerDialog)
    # setupUi

    def retranslateUi(self, RestoreServerDialog):
        RestoreServerDialog.setWindowTitle(QCoreApplication.translate("RestoreServerDialog", u"Kh\u00f4i ph\u1ee5c v\u00e0o c\u01a1 s\u1edf d\u1eef li\u1ec7u tr\u1ed1ng tr\u00ean m\u00e1y ch\u1ee7", None))
        self.explainLabel.setText(QCoreApplication.translate("RestoreServerDialog", u"D\u1eef li\u1ec7u d\u00f9ng chung \u0111ang m\u1edf kh\u00f4ng b\u1ecb thay \u0111\u1ed5i: c\u00e1c c\u00e1n b\u1ed9 kh\u00e1c v\u1eabn l\u00e0m vi\u1ec7c b\u00ecnh th\u01b0\u1eddng. B\u1ea3n sao l\u01b0u \u0111\u01b0\u1ee3c kh\u00f4i ph\u1ee5c v\u00e0o m\u1ed9t c\u01a1 s\u1edf d\u1eef li\u1ec7u tr\u1ed1ng do ng\u01b0\u1eddi ph\u1ee5 tr\u00e1ch tin h\u1ecdc t\u1ea1o s\u1eb5n. N\u1ebfu c\u00f3 l\u1ed7i ho\u1eb7c anh/ch\u1ecb b\u1ea5m H\u1ee7y gi\u1eefa ch\u1eebng, c\u01a1 s\u1edf d\u1eef li\u1ec7u \u0111\u00f3 \u0111\u01b0\u1ee3c \u0111\u1ec3 tr\u1ed1ng nh\u01b0 tr\u01b0\u1edbc.", None))
        self.targetGroup.setTitle(QCoreApplication.translate("RestoreServerDialog", u"C\u01a1 s\u1edf d\u1eef li\u1ec7u tr\u1ed1ng \u0111\u1ec3 kh\u00f4i ph\u1ee5c v\u00e0o", None))
        self.hostCaption.setText(QCoreApplication.translate("RestoreServerDialog", u"&M\u00e1y ch\u1ee7:", None))
        self.portCaption.setText(QCoreApplication.translate("RestoreServerDialog", u"&C\u1ed5ng:", None))
        self.databaseCaption.setText(QCoreApplication.translate("RestoreServerDialog", u"&C\u01a1 s\u1edf d\u1eef li\u1ec7u tr\u1ed1ng:", None))
        self.databaseEdit.setPlaceholderText(QCoreApplication.translate("RestoreServerDialog", u"v\u00ed d\u1ee5 sangkien_khoiphuc", None))
        self.userCaption.setText(QCoreApplication.translate("RestoreServerDialog", u"&T\u00ean \u0111\u0103ng nh\u1eadp:", None))
        self.passwordCaption.setText(QCoreApplication.translate("RestoreServerDialog", u"M\u1eadt &kh\u1ea9u:", None))
        self.useCheck.setText(QCoreApplication.translate("RestoreServerDialog", u"Sau khi kh\u00f4i ph\u1ee5c, m\u00e1y n\u00e0y &d\u00f9ng c\u01a1 s\u1edf d\u1eef li\u1ec7u \u0111\u00f3 t\u1eeb l\u1ea7n m\u1edf sau", None))
    # retranslateUi

