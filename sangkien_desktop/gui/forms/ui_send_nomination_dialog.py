# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'send_nomination_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout)

class Ui_SendNominationDialog(object):
    def setupUi(self, SendNominationDialog):
        if not SendNominationDialog.objectName():
            SendNominationDialog.setObjectName(u"SendNominationDialog")
        SendNominationDialog.resize(600, 340)
        self.sendLayout = QVBoxLayout(SendNominationDialog)
        self.sendLayout.setObjectName(u"sendLayout")
        self.sendHint = QLabel(SendNominationDialog)
        self.sendHint.setObjectName(u"sendHint")
        self.sendHint.setWordWrap(True)

        self.sendLayout.addWidget(self.sendHint)

        self.sendForm = QFormLayout()
        self.sendForm.setObjectName(u"sendForm")
        self.numberLabel = QLabel(SendNominationDialog)
        self.numberLabel.setObjectName(u"numberLabel")

        self.sendForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.numberLabel)

        self.numberRow = QHBoxLayout()
        self.numberRow.setObjectName(u"numberRow")
        self.numberSpin = QSpinBox(SendNominationDialog)
        self.numberSpin.setObjectName(u"numberSpin")
        self.numberSpin.setMinimum(1)
        self.numberSpin.setMaximum(9999)

        self.numberRow.addWidget(self.numberSpin)

        self.numberSuffix = QLabel(SendNominationDialog)
        self.numberSuffix.setObjectName(u"numberSuffix")

        self.numberRow.addWidget(self.numberSuffix)

        self.numberSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.numberRow.addItem(self.numberSpacer)


        self.sendForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.numberRow)

        self.dateLabel = QLabel(SendNominationDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.sendForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QLineEdit(SendNominationDialog)
        self.dateEdit.setObjectName(u"dateEdit")

        self.sendForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dateEdit)


        self.sendLayout.addLayout(self.sendForm)

        self.registerLabel = QLabel(SendNominationDialog)
        self.registerLabel.setObjectName(u"registerLabel")
        self.registerLabel.setWordWrap(True)
        self.registerLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.sendLayout.addWidget(self.registerLabel)

        self.warningLabel = QLabel(SendNominationDialog)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setStyleSheet(u"color: #9a6700;")
        self.warningLabel.setWordWrap(True)

        self.sendLayout.addWidget(self.warningLabel)

        self.errorLabel = QLabel(SendNominationDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #a4161a;")
        self.errorLabel.setWordWrap(True)

        self.sendLayout.addWidget(self.errorLabel)

        self.sendSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.sendLayout.addItem(self.sendSpacer)

        self.buttonBox = QDialogButtonBox(SendNominationDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.sendLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.numberLabel.setBuddy(self.numberSpin)
        self.dateLabel.setBuddy(self.dateEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SendNominationDialog)

        QMetaObject.connectSlotsByName(SendNominationDialog)
    # setupUi

    def retranslateUi(self, SendNominationDialog):
        SendNominationDialog.setWindowTitle(QCoreApplication.translate("SendNominationDialog", u"G\u1eedi \u0111\u1ee3t \u0111\u1ec1 ngh\u1ecb", None))
        self.sendHint.setText(QCoreApplication.translate("SendNominationDialog", u"T\u1edd tr\u00ecnh l\u1ea5y s\u1ed1 trong s\u1ed5 v\u0103n b\u1ea3n c\u1ee7a \u0111\u01a1n v\u1ecb (lo\u1ea1i TTr, \u0111\u00e1nh s\u1ed1 l\u1ea1i t\u1eeb 1 m\u1ed7i n\u0103m). Sau khi g\u1eedi, \u0111\u1ee3t n\u00e0y kh\u00f4ng s\u1eeda \u0111\u01b0\u1ee3c n\u1eefa; c\u00e1c h\u1ed3 s\u01a1 chuy\u1ec3n sang \u201c\u0110\u00e3 \u0111\u1ec1 ngh\u1ecb\u201d.", None))
        self.numberLabel.setText(QCoreApplication.translate("SendNominationDialog", u"&S\u1ed1 T\u1edd tr\u00ecnh:", None))
        self.dateLabel.setText(QCoreApplication.translate("SendNominationDialog", u"&Ng\u00e0y k\u00fd:", None))
        self.dateEdit.setPlaceholderText(QCoreApplication.translate("SendNominationDialog", u"ng\u00e0y/th\u00e1ng/n\u0103m, v\u00ed d\u1ee5 15/03/2026", None))
    # retranslateUi

