# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'new_program_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QVBoxLayout)

class Ui_NewProgramDialog(object):
    def setupUi(self, NewProgramDialog):
        if not NewProgramDialog.objectName():
            NewProgramDialog.setObjectName(u"NewProgramDialog")
        NewProgramDialog.resize(560, 220)
        self.newLayout = QVBoxLayout(NewProgramDialog)
        self.newLayout.setObjectName(u"newLayout")
        self.newHint = QLabel(NewProgramDialog)
        self.newHint.setObjectName(u"newHint")
        self.newHint.setWordWrap(True)

        self.newLayout.addWidget(self.newHint)

        self.newForm = QFormLayout()
        self.newForm.setObjectName(u"newForm")
        self.templateLabel = QLabel(NewProgramDialog)
        self.templateLabel.setObjectName(u"templateLabel")

        self.newForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.templateLabel)

        self.templateCombo = QComboBox(NewProgramDialog)
        self.templateCombo.setObjectName(u"templateCombo")

        self.newForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.templateCombo)

        self.newIdLabel = QLabel(NewProgramDialog)
        self.newIdLabel.setObjectName(u"newIdLabel")

        self.newForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.newIdLabel)

        self.newIdEdit = QLineEdit(NewProgramDialog)
        self.newIdEdit.setObjectName(u"newIdEdit")

        self.newForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.newIdEdit)

        self.newNameLabel = QLabel(NewProgramDialog)
        self.newNameLabel.setObjectName(u"newNameLabel")

        self.newForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.newNameLabel)

        self.newNameEdit = QLineEdit(NewProgramDialog)
        self.newNameEdit.setObjectName(u"newNameEdit")

        self.newForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.newNameEdit)

        self.newShortLabel = QLabel(NewProgramDialog)
        self.newShortLabel.setObjectName(u"newShortLabel")

        self.newForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.newShortLabel)

        self.newShortEdit = QLineEdit(NewProgramDialog)
        self.newShortEdit.setObjectName(u"newShortEdit")

        self.newForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.newShortEdit)


        self.newLayout.addLayout(self.newForm)

        self.newError = QLabel(NewProgramDialog)
        self.newError.setObjectName(u"newError")
        self.newError.setStyleSheet(u"color: #a4161a;")
        self.newError.setWordWrap(True)

        self.newLayout.addWidget(self.newError)

        self.buttonBox = QDialogButtonBox(NewProgramDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.newLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.templateLabel.setBuddy(self.templateCombo)
        self.newIdLabel.setBuddy(self.newIdEdit)
        self.newNameLabel.setBuddy(self.newNameEdit)
        self.newShortLabel.setBuddy(self.newShortEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(NewProgramDialog)

        QMetaObject.connectSlotsByName(NewProgramDialog)
    # setupUi

    def retranslateUi(self, NewProgramDialog):
        NewProgramDialog.setWindowTitle(QCoreApplication.translate("NewProgramDialog", u"T\u1ea1o ch\u01b0\u01a1ng tr\u00ecnh t\u1eeb m\u1eabu", None))
        self.newHint.setText(QCoreApplication.translate("NewProgramDialog", u"Ch\u01b0\u01a1ng tr\u00ecnh m\u1edbi gi\u1eef lo\u1ea1i gi\u1ea3i ph\u00e1p, \u0111\u1ed1i t\u01b0\u1ee3ng, gi\u1ea5y t\u1edd b\u1eaft bu\u1ed9c v\u00e0 ch\u1ec9 ti\u00eau c\u1ee7a m\u1eabu; ng\u00e0y th\u00e1ng \u0111\u1ec3 tr\u1ed1ng \u0111\u1ec3 b\u1ea1n \u0111i\u1ec1n cho \u0111\u1ee3t m\u1edbi.", None))
        self.templateLabel.setText(QCoreApplication.translate("NewProgramDialog", u"&L\u00e0m t\u1eeb m\u1eabu:", None))
        self.newIdLabel.setText(QCoreApplication.translate("NewProgramDialog", u"&M\u00e3 ch\u01b0\u01a1ng tr\u00ecnh m\u1edbi:", None))
        self.newIdEdit.setPlaceholderText(QCoreApplication.translate("NewProgramDialog", u"ch\u1eef th\u01b0\u1eddng kh\u00f4ng d\u1ea5u, s\u1ed1, g\u1ea1ch ngang: cap-co-so-2027", None))
        self.newNameLabel.setText(QCoreApplication.translate("NewProgramDialog", u"&T\u00ean \u0111\u1ea7y \u0111\u1ee7:", None))
        self.newShortLabel.setText(QCoreApplication.translate("NewProgramDialog", u"T\u00ean &ng\u1eafn:", None))
    # retranslateUi

