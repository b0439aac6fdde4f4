# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'portal_mark_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QDateEdit, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QVBoxLayout)

class Ui_PortalMarkDialog(object):
    def setupUi(self, PortalMarkDialog):
        if not PortalMarkDialog.objectName():
            PortalMarkDialog.setObjectName(u"PortalMarkDialog")
        PortalMarkDialog.resize(600, 240)
        self.markLayout = QVBoxLayout(PortalMarkDialog)
        self.markLayout.setObjectName(u"markLayout")
        self.titleLabel = QLabel(PortalMarkDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setWordWrap(True)

        self.markLayout.addWidget(self.titleLabel)

        self.markForm = QFormLayout()
        self.markForm.setObjectName(u"markForm")
        self.dateLabel = QLabel(PortalMarkDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.markForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QDateEdit(PortalMarkDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.markForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.receiptLabel = QLabel(PortalMarkDialog)
        self.receiptLabel.setObjectName(u"receiptLabel")

        self.markForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.receiptLabel)

        self.receiptEdit = QLineEdit(PortalMarkDialog)
        self.receiptEdit.setObjectName(u"receiptEdit")

        self.markForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.receiptEdit)

        self.reasonLabel = QLabel(PortalMarkDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.markForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QPlainTextEdit(PortalMarkDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.markForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reasonEdit)


        self.markLayout.addLayout(self.markForm)

        self.buttonBox = QDialogButtonBox(PortalMarkDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.markLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
        self.receiptLabel.setBuddy(self.receiptEdit)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PortalMarkDialog)

        QMetaObject.connectSlotsByName(PortalMarkDialog)
    # setupUi

    def retranslateUi(self, PortalMarkDialog):
        PortalMarkDialog.setWindowTitle(QCoreApplication.translate("PortalMarkDialog", u"C\u1eadp nh\u1eadt l\u00ean C\u1ed5ng", None))
        self.dateLabel.setText(QCoreApplication.translate("PortalMarkDialog", u"&Ng\u00e0y:", None))
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("PortalMarkDialog", u"dd/MM/yyyy", None))
        self.receiptLabel.setText(QCoreApplication.translate("PortalMarkDialog", u"&M\u00e3 ti\u1ebfp nh\u1eadn:", None))
        self.receiptEdit.setPlaceholderText(QCoreApplication.translate("PortalMarkDialog", u"m\u00e3 hay l\u1eddi nh\u1eafn C\u1ed5ng hi\u1ec7n sau khi g\u1eedi (n\u1ebfu c\u00f3)", None))
        self.reasonLabel.setText(QCoreApplication.translate("PortalMarkDialog", u"&L\u00fd do tr\u1ea3 l\u1ea1i:", None))
    # retranslateUi

