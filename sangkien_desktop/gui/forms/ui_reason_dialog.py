# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reason_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout)

class Ui_ReasonDialog(object):
    def setupUi(self, ReasonDialog):
        if not ReasonDialog.objectName():
            ReasonDialog.setObjectName(u"ReasonDialog")
        ReasonDialog.resize(560, 300)
        self.reasonLayout = QVBoxLayout(ReasonDialog)
        self.reasonLayout.setObjectName(u"reasonLayout")
        self.questionLabel = QLabel(ReasonDialog)
        self.questionLabel.setObjectName(u"questionLabel")
        self.questionLabel.setWordWrap(True)

        self.reasonLayout.addWidget(self.questionLabel)

        self.reasonLabel = QLabel(ReasonDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.reasonLayout.addWidget(self.reasonLabel)

        self.reasonEdit = QPlainTextEdit(ReasonDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setTabChangesFocus(True)

        self.reasonLayout.addWidget(self.reasonEdit)

        self.errorLabel = QLabel(ReasonDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #a4161a;")
        self.errorLabel.setWordWrap(True)

        self.reasonLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ReasonDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.reasonLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReasonDialog)

        QMetaObject.connectSlotsByName(ReasonDialog)
    # setupUi

    def retranslateUi(self, ReasonDialog):
        ReasonDialog.setWindowTitle(QCoreApplication.translate("ReasonDialog", u"R\u00fat l\u1ea1i m\u1ed9t vi\u1ec7c \u0111\u00e3 l\u00e0m", None))
        self.reasonLabel.setText(QCoreApplication.translate("ReasonDialog", u"&L\u00fd do (ghi v\u00e0o l\u1ecbch s\u1eed h\u1ed3 s\u01a1):", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("ReasonDialog", u"V\u00ed d\u1ee5: T\u00e1c gi\u1ea3 xin r\u00fat \u0111\u1ec3 b\u1ed5 sung s\u1ed1 li\u1ec7u, theo \u0111\u01a1n ng\u00e0y 05/3/2026", None))
    # retranslateUi

