# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'pay_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QDoubleSpinBox,
    QFormLayout, QLabel, QLineEdit, QRadioButton, QTableWidget, QVBoxLayout, QWidget)

class Ui_PayDialog(object):
    def setupUi(self, PayDialog):
        if not PayDialog.objectName():
            PayDialog.setObjectName(u"PayDialog")
        PayDialog.resize(720, 560)
        self.payLayout = QVBoxLayout(PayDialog)
        self.payLayout.setObjectName(u"payLayout")
        self.titleLabel = QLabel(PayDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setWordWrap(True)

        self.payLayout.addWidget(self.titleLabel)

        self.benefitRadio = QRadioButton(PayDialog)
        self.benefitRadio.setObjectName(u"benefitRadio")
        self.benefitRadio.setChecked(True)

        self.payLayout.addWidget(self.benefitRadio)

        self.benefitBox = QWidget(PayDialog)
        self.benefitBox.setObjectName(u"benefitBox")
        self.benefitForm = QFormLayout(self.benefitBox)
        self.benefitForm.setObjectName(u"benefitForm")
        self.benefitForm.setContentsMargins(0, 0, 0, 0)
        self.percentLabel = QLabel(self.benefitBox)
        self.percentLabel.setObjectName(u"percentLabel")

        self.benefitForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.percentLabel)

        self.percentSpin = QDoubleSpinBox(self.benefitBox)
        self.percentSpin.setObjectName(u"percentSpin")
        self.percentSpin.setDecimals(1)
        self.percentSpin.setMaximum(100.000000000000000)

        self.benefitForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.percentSpin)

        self.yearsLabel = QLabel(self.benefitBox)
        self.yearsLabel.setObjectName(u"yearsLabel")

        self.benefitForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.yearsLabel)

        self.yearsTable = QTableWidget(self.benefitBox)
        self.yearsTable.setObjectName(u"yearsTable")
        self.yearsTable.setMaximumSize(QSize(16777215, 120))
        self.yearsTable.horizontalHeader().setStretchLastSection(True)

        self.benefitForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.yearsTable)


        self.payLayout.addWidget(self.benefitBox)

        self.unitSumRadio = QRadioButton(PayDialog)
        self.unitSumRadio.setObjectName(u"unitSumRadio")

        self.payLayout.addWidget(self.unitSumRadio)

        self.unitSumBox = QWidget(PayDialog)
        self.unitSumBox.setObjectName(u"unitSumBox")
        self.unitSumForm = QFormLayout(self.unitSumBox)
        self.unitSumForm.setObjectName(u"unitSumForm")
        self.unitSumForm.setContentsMargins(0, 0, 0, 0)
        self.unitSumLabel = QLabel(self.unitSumBox)
        self.unitSumLabel.setObjectName(u"unitSumLabel")

        self.unitSumForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.unitSumLabel)

        self.unitSumEdit = QLineEdit(self.unitSumBox)
        self.unitSumEdit.setObjectName(u"unitSumEdit")

        self.unitSumForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.unitSumEdit)

        self.basisLabel = QLabel(self.unitSumBox)
        self.basisLabel.setObjectName(u"basisLabel")

        self.unitSumForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.basisLabel)

        self.basisEdit = QLineEdit(self.unitSumBox)
        self.basisEdit.setObjectName(u"basisEdit")

        self.unitSumForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.basisEdit)


        self.payLayout.addWidget(self.unitSumBox)

        self.ruleLabel = QLabel(PayDialog)
        self.ruleLabel.setObjectName(u"ruleLabel")
        self.ruleLabel.setWordWrap(True)
        self.ruleLabel.setStyleSheet(u"color: #5f6368;")

        self.payLayout.addWidget(self.ruleLabel)

        self.splitTable = QTableWidget(PayDialog)
        self.splitTable.setObjectName(u"splitTable")
        self.splitTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.splitTable.verticalHeader().setVisible(False)

        self.payLayout.addWidget(self.splitTable)

        self.errorLabel = QLabel(PayDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #b03a2e;")

        self.payLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(PayDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok|QDialogButtonBox.StandardButton.Reset)

        self.payLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.percentLabel.setBuddy(self.percentSpin)
        self.unitSumLabel.setBuddy(self.unitSumEdit)
        self.basisLabel.setBuddy(self.basisEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PayDialog)

        QMetaObject.connectSlotsByName(PayDialog)
    # setupUi

    def retranslateUi(self, PayDialog):
        PayDialog.setWindowTitle(QCoreApplication.translate("PayDialog", u"Th\u00f9 lao cho t\u00e1c gi\u1ea3", None))
        self.benefitRadio.setText(QCoreApplication.translate("PayDialog", u"T\u00ednh theo &gi\u00e1 tr\u1ecb l\u00e0m l\u1ee3i c\u1ee7a t\u1eebng n\u0103m (\u0110i\u1ec1u 10 \u0110i\u1ec1u l\u1ec7 S\u00e1ng ki\u1ebfn)", None))
        self.percentLabel.setText(QCoreApplication.translate("PayDialog", u"&T\u1ef7 l\u1ec7 th\u00f9 lao:", None))
        self.percentSpin.setSuffix(QCoreApplication.translate("PayDialog", u" %", None))
        self.yearsLabel.setText(QCoreApplication.translate("PayDialog", u"Gi\u00e1 tr\u1ecb l\u00e0m l\u1ee3i t\u1eebng n\u0103m (\u0111\u1ed3ng):", None))
        self.unitSumRadio.setText(QCoreApplication.translate("PayDialog", u"Kh\u00f4ng t\u00ednh \u0111\u01b0\u1ee3c gi\u00e1 tr\u1ecb l\u00e0m l\u1ee3i: kho\u1ea3n ti\u1ec1n do \u0111\u01a1n v\u1ecb &quy\u1ebft \u0111\u1ecbnh", None))
        self.unitSumLabel.setText(QCoreApplication.translate("PayDialog", u"&Kho\u1ea3n ti\u1ec1n (\u0111\u1ed3ng):", None))
        self.basisLabel.setText(QCoreApplication.translate("PayDialog", u"&C\u0103n c\u1ee9:", None))
        self.basisEdit.setPlaceholderText(QCoreApplication.translate("PayDialog", u"v\u00ed d\u1ee5: Quy ch\u1ebf chi ti\u00eau n\u1ed9i b\u1ed9 n\u0103m 2026", None))
    # retranslateUi

