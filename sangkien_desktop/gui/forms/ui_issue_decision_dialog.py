# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'issue_decision_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialogButtonBox,
    QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QTableWidget, QVBoxLayout)

class Ui_IssueDecisionDialog(object):
    def setupUi(self, IssueDecisionDialog):
        if not IssueDecisionDialog.objectName():
            IssueDecisionDialog.setObjectName(u"IssueDecisionDialog")
        IssueDecisionDialog.resize(1100, 720)
        self.issueLayout = QVBoxLayout(IssueDecisionDialog)
        self.issueLayout.setObjectName(u"issueLayout")
        self.decisionGrid = QGridLayout()
        self.decisionGrid.setObjectName(u"decisionGrid")
        self.meetingLabel = QLabel(IssueDecisionDialog)
        self.meetingLabel.setObjectName(u"meetingLabel")

        self.decisionGrid.addWidget(self.meetingLabel, 0, 0, 1, 1)

        self.meetingCombo = QComboBox(IssueDecisionDialog)
        self.meetingCombo.setObjectName(u"meetingCombo")

        self.decisionGrid.addWidget(self.meetingCombo, 0, 1, 1, 3)

        self.numberLabel = QLabel(IssueDecisionDialog)
        self.numberLabel.setObjectName(u"numberLabel")

        self.decisionGrid.addWidget(self.numberLabel, 1, 0, 1, 1)

        self.numberRow = QHBoxLayout()
        self.numberRow.setObjectName(u"numberRow")
        self.numberSpin = QSpinBox(IssueDecisionDialog)
        self.numberSpin.setObjectName(u"numberSpin")
        self.numberSpin.setMinimum(1)
        self.numberSpin.setMaximum(99999)

        self.numberRow.addWidget(self.numberSpin)

        self.numberSuffixLabel = QLabel(IssueDecisionDialog)
        self.numberSuffixLabel.setObjectName(u"numberSuffixLabel")

        self.numberRow.addWidget(self.numberSuffixLabel)

        self.numberSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.numberRow.addItem(self.numberSpacer)


        self.decisionGrid.addLayout(self.numberRow, 1, 1, 1, 1)

        self.dateLabel = QLabel(IssueDecisionDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.decisionGrid.addWidget(self.dateLabel, 1, 2, 1, 1)

        self.dateEdit = QLineEdit(IssueDecisionDialog)
        self.dateEdit.setObjectName(u"dateEdit")

        self.decisionGrid.addWidget(self.dateEdit, 1, 3, 1, 1)

        self.numberStatusLabel = QLabel(IssueDecisionDialog)
        self.numberStatusLabel.setObjectName(u"numberStatusLabel")
        self.numberStatusLabel.setWordWrap(True)
        self.numberStatusLabel.setVisible(False)
        self.numberStatusLabel.setStyleSheet(u"color: #a4161a;")

        self.decisionGrid.addWidget(self.numberStatusLabel, 2, 1, 1, 3)

        self.authorityLabel = QLabel(IssueDecisionDialog)
        self.authorityLabel.setObjectName(u"authorityLabel")

        self.decisionGrid.addWidget(self.authorityLabel, 3, 0, 1, 1)

        self.authorityCombo = QComboBox(IssueDecisionDialog)
        self.authorityCombo.setObjectName(u"authorityCombo")

        self.decisionGrid.addWidget(self.authorityCombo, 3, 1, 1, 1)

        self.authorityTextLabel = QLabel(IssueDecisionDialog)
        self.authorityTextLabel.setObjectName(u"authorityTextLabel")

        self.decisionGrid.addWidget(self.authorityTextLabel, 3, 2, 1, 1)

        self.authorityTextEdit = QLineEdit(IssueDecisionDialog)
        self.authorityTextEdit.setObjectName(u"authorityTextEdit")

        self.decisionGrid.addWidget(self.authorityTextEdit, 3, 3, 1, 1)

        self.capacityLabel = QLabel(IssueDecisionDialog)
        self.capacityLabel.setObjectName(u"capacityLabel")

        self.decisionGrid.addWidget(self.capacityLabel, 4, 0, 1, 1)

        self.capacityCombo = QComboBox(IssueDecisionDialog)
        self.capacityCombo.setObjectName(u"capacityCombo")
        self.capacityCombo.setEditable(True)

        self.decisionGrid.addWidget(self.capacityCombo, 4, 1, 1, 1)

        self.signerTitleLabel = QLabel(IssueDecisionDialog)
        self.signerTitleLabel.setObjectName(u"signerTitleLabel")

        self.decisionGrid.addWidget(self.signerTitleLabel, 4, 2, 1, 1)

        self.signerTitleEdit = QLineEdit(IssueDecisionDialog)
        self.signerTitleEdit.setObjectName(u"signerTitleEdit")

        self.decisionGrid.addWidget(self.signerTitleEdit, 4, 3, 1, 1)

        self.signerNameLabel = QLabel(IssueDecisionDialog)
        self.signerNameLabel.setObjectName(u"signerNameLabel")

        self.decisionGrid.addWidget(self.signerNameLabel, 5, 0, 1, 1)

        self.signerNameEdit = QLineEdit(IssueDecisionDialog)
        self.signerNameEdit.setObjectName(u"signerNameEdit")

        self.decisionGrid.addWidget(self.signerNameEdit, 5, 1, 1, 1)

        self.scopeLabel = QLabel(IssueDecisionDialog)
        self.scopeLabel.setObjectName(u"scopeLabel")

        self.decisionGrid.addWidget(self.scopeLabel, 5, 2, 1, 1)

        self.scopeEdit = QLineEdit(IssueDecisionDialog)
        self.scopeEdit.setObjectName(u"scopeEdit")

        self.decisionGrid.addWidget(self.scopeEdit, 5, 3, 1, 1)

        self.legalBasisLabel = QLabel(IssueDecisionDialog)
        self.legalBasisLabel.setObjectName(u"legalBasisLabel")
        self.legalBasisLabel.setWordWrap(True)

        self.decisionGrid.addWidget(self.legalBasisLabel, 6, 0, 1, 1)

        self.legalBasisEdit = QPlainTextEdit(IssueDecisionDialog)
        self.legalBasisEdit.setObjectName(u"legalBasisEdit")
        self.legalBasisEdit.setMaximumSize(QSize(16777215, 80))

        self.decisionGrid.addWidget(self.legalBasisEdit, 6, 1, 1, 3)


        self.issueLayout.addLayout(self.decisionGrid)

        self.itemsHeading = QLabel(IssueDecisionDialog)
        self.itemsHeading.setObjectName(u"itemsHeading")
        self.itemsHeading.setWordWrap(True)

        self.issueLayout.addWidget(self.itemsHeading)

        self.itemsTable = QTableWidget(IssueDecisionDialog)
        self.itemsTable.setObjectName(u"itemsTable")
        self.itemsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.itemsTable.horizontalHeader().setStretchLastSection(True)
        self.itemsTable.verticalHeader().setVisible(False)

        self.issueLayout.addWidget(self.itemsTable)

        self.itemButtons = QHBoxLayout()
        self.itemButtons.setObjectName(u"itemButtons")
        self.addDossierButton = QPushButton(IssueDecisionDialog)
        self.addDossierButton.setObjectName(u"addDossierButton")

        self.itemButtons.addWidget(self.addDossierButton)

        self.removeDossierButton = QPushButton(IssueDecisionDialog)
        self.removeDossierButton.setObjectName(u"removeDossierButton")

        self.itemButtons.addWidget(self.removeDossierButton)

        self.itemSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.itemButtons.addItem(self.itemSpacer)

        self.countLabel = QLabel(IssueDecisionDialog)
        self.countLabel.setObjectName(u"countLabel")

        self.itemButtons.addWidget(self.countLabel)


        self.issueLayout.addLayout(self.itemButtons)

        self.errorLabel = QLabel(IssueDecisionDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setVisible(False)
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"QLabel { color: #8b0000; background: #fde8e8; border: 1px solid #e0a0a0; padding: 6px; }")

        self.issueLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(IssueDecisionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.issueLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.meetingLabel.setBuddy(self.meetingCombo)
        self.numberLabel.setBuddy(self.numberSpin)
        self.dateLabel.setBuddy(self.dateEdit)
        self.authorityLabel.setBuddy(self.authorityCombo)
        self.authorityTextLabel.setBuddy(self.authorityTextEdit)
        self.capacityLabel.setBuddy(self.capacityCombo)
        self.signerTitleLabel.setBuddy(self.signerTitleEdit)
        self.signerNameLabel.setBuddy(self.signerNameEdit)
        self.scopeLabel.setBuddy(self.scopeEdit)
        self.legalBasisLabel.setBuddy(self.legalBasisEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(IssueDecisionDialog)

        QMetaObject.connectSlotsByName(IssueDecisionDialog)
    # setupUi

    def retranslateUi(self, IssueDecisionDialog):
        IssueDecisionDialog.setWindowTitle(QCoreApplication.translate("IssueDecisionDialog", u"Ra quy\u1ebft \u0111\u1ecbnh c\u00f4ng nh\u1eadn s\u00e1ng ki\u1ebfn", None))
        self.meetingLabel.setText(QCoreApplication.translate("IssueDecisionDialog", u"Theo &cu\u1ed9c h\u1ecdp:", None))
        self.numberLabel.setText(QCoreApplication.translate("IssueDecisionDialog", u"&S\u1ed1:", None))
        self.dateLabel.setText(QCoreApplication.translate("IssueDecisionDialog", u"&Ng\u00e0y:", None))
        self.dateEdit.setPlaceholderText(QCoreApplication.translate("IssueDecisionDialog", u"dd/mm/yyyy", None))
        self.authorityLabel.setText(QCoreApplication.translate("IssueDecisionDialog", u"&Th\u1ea9m quy\u1ec1n:", None))
        self.authorityTextLabel.setText(QCoreApplication.translate("IssueDecisionDialog", u"C\u01a1 quan ra quy\u1ebft \u0111\u1ecbnh:", None))
        self.capacityLabel.setText(QCoreApplication.translate("IssueDecisionDialog", u"Th\u1ea9m quy\u1ec1n k\u00fd:", None))
        self.signerTitleLabel.setText(QCoreApplication.translate("IssueDecisionDialog", u"Ch\u1ee9c v\u1ee5 ng\u01b0\u1eddi k\u00fd:", None))
        self.signerNameLabel.setText(QCoreApplication.translate("IssueDecisionDialog", u"Ng\u01b0\u1eddi &k\u00fd:", None))
        self.scopeLabel.setText(QCoreApplication.translate("IssueDecisionDialog", u"Ph\u1ea1m vi:", None))
        self.scopeEdit.setPlaceholderText(QCoreApplication.translate("IssueDecisionDialog", u"\u0111\u1ee3t 1 n\u0103m 2025", None))
        self.legalBasisLabel.setText(QCoreApplication.translate("IssueDecisionDialog", u"C\u0103n c\u1ee9 (m\u1ed7i d\u00f2ng m\u1ed9t c\u0103n c\u1ee9):", None))
        self.itemsHeading.setText(QCoreApplication.translate("IssueDecisionDialog", u"<b>H\u1ed3 s\u01a1 \u0111\u01b0\u1ee3c x\u00e9t</b> \u2014 ch\u1ecdn \u201cC\u00f4ng nh\u1eadn\u201d ho\u1eb7c \u201cKh\u00f4ng c\u00f4ng nh\u1eadn\u201d; l\u00fd do kh\u00f4ng c\u00f4ng nh\u1eadn \u0111\u01b0\u1ee3c g\u1eedi cho t\u00e1c gi\u1ea3; quy\u1ebft \u0111\u1ecbnh kh\u00e1c \u0111\u1ec1 ngh\u1ecb c\u1ee7a H\u1ed9i \u0111\u1ed3ng c\u1ea7n ghi l\u00fd do.", None))
        self.addDossierButton.setText(QCoreApplication.translate("IssueDecisionDialog", u"&Th\u00eam h\u1ed3 s\u01a1\u2026", None))
        self.removeDossierButton.setText(QCoreApplication.translate("IssueDecisionDialog", u"&B\u1ecf h\u1ed3 s\u01a1", None))
    # retranslateUi

