# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'rule_pack_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDoubleSpinBox,
    QFormLayout, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox, QSplitter, QTabWidget, QTableWidget,
    QVBoxLayout, QWidget)

class Ui_RulePackDialog(object):
    def setupUi(self, RulePackDialog):
        if not RulePackDialog.objectName():
            RulePackDialog.setObjectName(u"RulePackDialog")
        RulePackDialog.resize(1180, 760)
        self.packLayout = QVBoxLayout(RulePackDialog)
        self.packLayout.setObjectName(u"packLayout")
        self.splitter = QSplitter(RulePackDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.listPane = QWidget(self.splitter)
        self.listPane.setObjectName(u"listPane")
        self.listPaneLayout = QVBoxLayout(self.listPane)
        self.listPaneLayout.setObjectName(u"listPaneLayout")
        self.listPaneLayout.setContentsMargins(0, 0, 0, 0)
        self.listHeading = QLabel(self.listPane)
        self.listHeading.setObjectName(u"listHeading")
        self.listHeading.setWordWrap(True)

        self.listPaneLayout.addWidget(self.listHeading)

        self.packList = QListWidget(self.listPane)
        self.packList.setObjectName(u"packList")
        self.packList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.packList.setWordWrap(True)
        self.packList.setMinimumSize(QSize(240, 0))

        self.listPaneLayout.addWidget(self.packList)

        self.unitPackLabel = QLabel(self.listPane)
        self.unitPackLabel.setObjectName(u"unitPackLabel")
        self.unitPackLabel.setWordWrap(True)

        self.listPaneLayout.addWidget(self.unitPackLabel)

        self.unitButton = QPushButton(self.listPane)
        self.unitButton.setObjectName(u"unitButton")

        self.listPaneLayout.addWidget(self.unitButton)

        self.copyButton = QPushButton(self.listPane)
        self.copyButton.setObjectName(u"copyButton")

        self.listPaneLayout.addWidget(self.copyButton)

        self.importButton = QPushButton(self.listPane)
        self.importButton.setObjectName(u"importButton")

        self.listPaneLayout.addWidget(self.importButton)

        self.exportButton = QPushButton(self.listPane)
        self.exportButton.setObjectName(u"exportButton")

        self.listPaneLayout.addWidget(self.exportButton)

        self.splitter.addWidget(self.listPane)
        self.tabs = QTabWidget(self.splitter)
        self.tabs.setObjectName(u"tabs")
        self.generalTab = QWidget()
        self.generalTab.setObjectName(u"generalTab")
        self.generalLayout = QVBoxLayout(self.generalTab)
        self.generalLayout.setObjectName(u"generalLayout")
        self.generalForm = QFormLayout()
        self.generalForm.setObjectName(u"generalForm")
        self.idLabel = QLabel(self.generalTab)
        self.idLabel.setObjectName(u"idLabel")

        self.generalForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.idLabel)

        self.idValue = QLabel(self.generalTab)
        self.idValue.setObjectName(u"idValue")
        self.idValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.generalForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.idValue)

        self.nameLabel = QLabel(self.generalTab)
        self.nameLabel.setObjectName(u"nameLabel")

        self.generalForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.generalTab)
        self.nameEdit.setObjectName(u"nameEdit")

        self.generalForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.shortNameLabel = QLabel(self.generalTab)
        self.shortNameLabel.setObjectName(u"shortNameLabel")

        self.generalForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.shortNameLabel)

        self.shortNameEdit = QLineEdit(self.generalTab)
        self.shortNameEdit.setObjectName(u"shortNameEdit")

        self.generalForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.shortNameEdit)

        self.levelLabel = QLabel(self.generalTab)
        self.levelLabel.setObjectName(u"levelLabel")

        self.generalForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.levelLabel)

        self.levelCombo = QComboBox(self.generalTab)
        self.levelCombo.setObjectName(u"levelCombo")

        self.generalForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.levelCombo)

        self.appliesToLabel = QLabel(self.generalTab)
        self.appliesToLabel.setObjectName(u"appliesToLabel")

        self.generalForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.appliesToLabel)

        self.appliesToEdit = QLineEdit(self.generalTab)
        self.appliesToEdit.setObjectName(u"appliesToEdit")

        self.generalForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.appliesToEdit)

        self.legalLabel = QLabel(self.generalTab)
        self.legalLabel.setObjectName(u"legalLabel")

        self.generalForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.legalLabel)

        self.legalEdit = QPlainTextEdit(self.generalTab)
        self.legalEdit.setObjectName(u"legalEdit")

        self.generalForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.legalEdit)

        self.checkedLabel = QLabel(self.generalTab)
        self.checkedLabel.setObjectName(u"checkedLabel")

        self.generalForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.checkedLabel)

        self.checkedEdit = QLineEdit(self.generalTab)
        self.checkedEdit.setObjectName(u"checkedEdit")

        self.generalForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.checkedEdit)

        self.noteLabel = QLabel(self.generalTab)
        self.noteLabel.setObjectName(u"noteLabel")

        self.generalForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QPlainTextEdit(self.generalTab)
        self.noteEdit.setObjectName(u"noteEdit")

        self.generalForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.noteEdit)

        self.sourcesLabel = QLabel(self.generalTab)
        self.sourcesLabel.setObjectName(u"sourcesLabel")

        self.generalForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.sourcesLabel)

        self.sourcesValue = QLabel(self.generalTab)
        self.sourcesValue.setObjectName(u"sourcesValue")
        self.sourcesValue.setWordWrap(True)
        self.sourcesValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.generalForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.sourcesValue)


        self.generalLayout.addLayout(self.generalForm)

        self.tabs.addTab(self.generalTab, "")
        self.votingTab = QWidget()
        self.votingTab.setObjectName(u"votingTab")
        self.votingLayout = QVBoxLayout(self.votingTab)
        self.votingLayout.setObjectName(u"votingLayout")
        self.votingForm = QFormLayout()
        self.votingForm.setObjectName(u"votingForm")
        self.quorumLabel = QLabel(self.votingTab)
        self.quorumLabel.setObjectName(u"quorumLabel")

        self.votingForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.quorumLabel)

        self.quorumCombo = QComboBox(self.votingTab)
        self.quorumCombo.setObjectName(u"quorumCombo")
        self.quorumCombo.setEditable(True)

        self.votingForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.quorumCombo)

        self.voteLabel = QLabel(self.votingTab)
        self.voteLabel.setObjectName(u"voteLabel")

        self.votingForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.voteLabel)

        self.voteCombo = QComboBox(self.votingTab)
        self.voteCombo.setObjectName(u"voteCombo")
        self.voteCombo.setEditable(True)

        self.votingForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.voteCombo)

        self.voteBaseLabel = QLabel(self.votingTab)
        self.voteBaseLabel.setObjectName(u"voteBaseLabel")

        self.votingForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.voteBaseLabel)

        self.voteBaseCombo = QComboBox(self.votingTab)
        self.voteBaseCombo.setObjectName(u"voteBaseCombo")

        self.votingForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.voteBaseCombo)

        self.passRuleValue = QLabel(self.votingTab)
        self.passRuleValue.setObjectName(u"passRuleValue")
        self.passRuleValue.setWordWrap(True)

        self.votingForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.passRuleValue)


        self.votingLayout.addLayout(self.votingForm)

        self.roundsHeading = QLabel(self.votingTab)
        self.roundsHeading.setObjectName(u"roundsHeading")
        self.roundsHeading.setWordWrap(True)

        self.votingLayout.addWidget(self.roundsHeading)

        self.roundsTable = QTableWidget(self.votingTab)
        self.roundsTable.setObjectName(u"roundsTable")
        self.roundsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.roundsTable.horizontalHeader().setStretchLastSection(True)
        self.roundsTable.verticalHeader().setVisible(False)

        self.votingLayout.addWidget(self.roundsTable)

        self.roundButtons = QHBoxLayout()
        self.roundButtons.setObjectName(u"roundButtons")
        self.addRoundButton = QPushButton(self.votingTab)
        self.addRoundButton.setObjectName(u"addRoundButton")

        self.roundButtons.addWidget(self.addRoundButton)

        self.removeRoundButton = QPushButton(self.votingTab)
        self.removeRoundButton.setObjectName(u"removeRoundButton")

        self.roundButtons.addWidget(self.removeRoundButton)

        self.roundSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.roundButtons.addItem(self.roundSpacer)


        self.votingLayout.addLayout(self.roundButtons)

        self.tabs.addTab(self.votingTab, "")
        self.rubricTab = QWidget()
        self.rubricTab.setObjectName(u"rubricTab")
        self.rubricLayout = QVBoxLayout(self.rubricTab)
        self.rubricLayout.setObjectName(u"rubricLayout")
        self.criteriaHeading = QLabel(self.rubricTab)
        self.criteriaHeading.setObjectName(u"criteriaHeading")
        self.criteriaHeading.setWordWrap(True)

        self.rubricLayout.addWidget(self.criteriaHeading)

        self.criteriaTable = QTableWidget(self.rubricTab)
        self.criteriaTable.setObjectName(u"criteriaTable")
        self.criteriaTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.criteriaTable.horizontalHeader().setStretchLastSection(True)
        self.criteriaTable.verticalHeader().setVisible(False)

        self.rubricLayout.addWidget(self.criteriaTable)

        self.criteriaButtons = QHBoxLayout()
        self.criteriaButtons.setObjectName(u"criteriaButtons")
        self.addCriterionButton = QPushButton(self.rubricTab)
        self.addCriterionButton.setObjectName(u"addCriterionButton")

        self.criteriaButtons.addWidget(self.addCriterionButton)

        self.removeCriterionButton = QPushButton(self.rubricTab)
        self.removeCriterionButton.setObjectName(u"removeCriterionButton")

        self.criteriaButtons.addWidget(self.removeCriterionButton)

        self.criteriaSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.criteriaButtons.addItem(self.criteriaSpacer)

        self.maxTotalLabel = QLabel(self.rubricTab)
        self.maxTotalLabel.setObjectName(u"maxTotalLabel")

        self.criteriaButtons.addWidget(self.maxTotalLabel)


        self.rubricLayout.addLayout(self.criteriaButtons)

        self.rangesHeading = QLabel(self.rubricTab)
        self.rangesHeading.setObjectName(u"rangesHeading")
        self.rangesHeading.setWordWrap(True)

        self.rubricLayout.addWidget(self.rangesHeading)

        self.rangesTable = QTableWidget(self.rubricTab)
        self.rangesTable.setObjectName(u"rangesTable")
        self.rangesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rangesTable.horizontalHeader().setStretchLastSection(True)
        self.rangesTable.verticalHeader().setVisible(False)

        self.rubricLayout.addWidget(self.rangesTable)

        self.rangeButtons = QHBoxLayout()
        self.rangeButtons.setObjectName(u"rangeButtons")
        self.addRangeButton = QPushButton(self.rubricTab)
        self.addRangeButton.setObjectName(u"addRangeButton")

        self.rangeButtons.addWidget(self.addRangeButton)

        self.removeRangeButton = QPushButton(self.rubricTab)
        self.removeRangeButton.setObjectName(u"removeRangeButton")

        self.rangeButtons.addWidget(self.removeRangeButton)

        self.rangeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.rangeButtons.addItem(self.rangeSpacer)


        self.rubricLayout.addLayout(self.rangeButtons)

        self.bandsHeading = QLabel(self.rubricTab)
        self.bandsHeading.setObjectName(u"bandsHeading")
        self.bandsHeading.setWordWrap(True)

        self.rubricLayout.addWidget(self.bandsHeading)

        self.bandsTable = QTableWidget(self.rubricTab)
        self.bandsTable.setObjectName(u"bandsTable")
        self.bandsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.bandsTable.horizontalHeader().setStretchLastSection(True)
        self.bandsTable.verticalHeader().setVisible(False)

        self.rubricLayout.addWidget(self.bandsTable)

        self.bandButtons = QHBoxLayout()
        self.bandButtons.setObjectName(u"bandButtons")
        self.addBandButton = QPushButton(self.rubricTab)
        self.addBandButton.setObjectName(u"addBandButton")

        self.bandButtons.addWidget(self.addBandButton)

        self.removeBandButton = QPushButton(self.rubricTab)
        self.removeBandButton.setObjectName(u"removeBandButton")

        self.bandButtons.addWidget(self.removeBandButton)

        self.bandSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bandButtons.addItem(self.bandSpacer)


        self.rubricLayout.addLayout(self.bandButtons)

        self.averageRow = QGridLayout()
        self.averageRow.setObjectName(u"averageRow")
        self.dropExtremesCheck = QCheckBox(self.rubricTab)
        self.dropExtremesCheck.setObjectName(u"dropExtremesCheck")

        self.averageRow.addWidget(self.dropExtremesCheck, 0, 0, 1, 1)

        self.dropMinSpin = QSpinBox(self.rubricTab)
        self.dropMinSpin.setObjectName(u"dropMinSpin")
        self.dropMinSpin.setMinimum(3)
        self.dropMinSpin.setMaximum(50)

        self.averageRow.addWidget(self.dropMinSpin, 0, 1, 1, 1)

        self.spreadLabel = QLabel(self.rubricTab)
        self.spreadLabel.setObjectName(u"spreadLabel")

        self.averageRow.addWidget(self.spreadLabel, 1, 0, 1, 1)

        self.spreadSpin = QDoubleSpinBox(self.rubricTab)
        self.spreadSpin.setObjectName(u"spreadSpin")
        self.spreadSpin.setDecimals(1)
        self.spreadSpin.setMaximum(1000.000000000000000)

        self.averageRow.addWidget(self.spreadSpin, 1, 1, 1, 1)

        self.averageSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.averageRow.addItem(self.averageSpacer, 0, 2, 1, 1)


        self.rubricLayout.addLayout(self.averageRow)

        self.tabs.addTab(self.rubricTab, "")
        self.eligibilityTab = QWidget()
        self.eligibilityTab.setObjectName(u"eligibilityTab")
        self.eligibilityLayout = QVBoxLayout(self.eligibilityTab)
        self.eligibilityLayout.setObjectName(u"eligibilityLayout")
        self.eligibilityForm = QFormLayout()
        self.eligibilityForm.setObjectName(u"eligibilityForm")
        self.filingLabel = QLabel(self.eligibilityTab)
        self.filingLabel.setObjectName(u"filingLabel")

        self.eligibilityForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.filingLabel)

        self.filingSpin = QSpinBox(self.eligibilityTab)
        self.filingSpin.setObjectName(u"filingSpin")
        self.filingSpin.setMaximum(120)

        self.eligibilityForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.filingSpin)

        self.shareLabel = QLabel(self.eligibilityTab)
        self.shareLabel.setObjectName(u"shareLabel")

        self.eligibilityForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.shareLabel)

        self.shareSpin = QDoubleSpinBox(self.eligibilityTab)
        self.shareSpin.setObjectName(u"shareSpin")
        self.shareSpin.setDecimals(0)
        self.shareSpin.setMaximum(100.000000000000000)

        self.eligibilityForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.shareSpin)

        self.researchCheck = QCheckBox(self.eligibilityTab)
        self.researchCheck.setObjectName(u"researchCheck")

        self.eligibilityForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.researchCheck)

        self.resubmissionCheck = QCheckBox(self.eligibilityTab)
        self.resubmissionCheck.setObjectName(u"resubmissionCheck")

        self.eligibilityForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.resubmissionCheck)

        self.kindsLabel = QLabel(self.eligibilityTab)
        self.kindsLabel.setObjectName(u"kindsLabel")

        self.eligibilityForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.kindsLabel)

        self.kindsList = QListWidget(self.eligibilityTab)
        self.kindsList.setObjectName(u"kindsList")

        self.eligibilityForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.kindsList)

        self.payLabel = QLabel(self.eligibilityTab)
        self.payLabel.setObjectName(u"payLabel")

        self.eligibilityForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.payLabel)

        self.payRow = QWidget(self.eligibilityTab)
        self.payRow.setObjectName(u"payRow")
        self.payRowLayout = QHBoxLayout(self.payRow)
        self.payRowLayout.setObjectName(u"payRowLayout")
        self.payRowLayout.setContentsMargins(0, 0, 0, 0)
        self.payPercentSpin = QDoubleSpinBox(self.payRow)
        self.payPercentSpin.setObjectName(u"payPercentSpin")
        self.payPercentSpin.setDecimals(1)
        self.payPercentSpin.setMinimum(0.100000000000000)
        self.payPercentSpin.setMaximum(100.000000000000000)

        self.payRowLayout.addWidget(self.payPercentSpin)

        self.payYearsLabel = QLabel(self.payRow)
        self.payYearsLabel.setObjectName(u"payYearsLabel")

        self.payRowLayout.addWidget(self.payYearsLabel)

        self.payYearsSpin = QSpinBox(self.payRow)
        self.payYearsSpin.setObjectName(u"payYearsSpin")
        self.payYearsSpin.setMinimum(1)
        self.payYearsSpin.setMaximum(10)

        self.payRowLayout.addWidget(self.payYearsSpin)

        self.paySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.payRowLayout.addItem(self.paySpacer)


        self.eligibilityForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.payRow)


        self.eligibilityLayout.addLayout(self.eligibilityForm)

        self.scopesHeading = QLabel(self.eligibilityTab)
        self.scopesHeading.setObjectName(u"scopesHeading")
        self.scopesHeading.setWordWrap(True)

        self.eligibilityLayout.addWidget(self.scopesHeading)

        self.scopesTable = QTableWidget(self.eligibilityTab)
        self.scopesTable.setObjectName(u"scopesTable")
        self.scopesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.scopesTable.horizontalHeader().setStretchLastSection(True)
        self.scopesTable.verticalHeader().setVisible(False)

        self.eligibilityLayout.addWidget(self.scopesTable)

        self.scopeButtons = QHBoxLayout()
        self.scopeButtons.setObjectName(u"scopeButtons")
        self.addScopeButton = QPushButton(self.eligibilityTab)
        self.addScopeButton.setObjectName(u"addScopeButton")

        self.scopeButtons.addWidget(self.addScopeButton)

        self.removeScopeButton = QPushButton(self.eligibilityTab)
        self.removeScopeButton.setObjectName(u"removeScopeButton")

        self.scopeButtons.addWidget(self.removeScopeButton)

        self.scopeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.scopeButtons.addItem(self.scopeSpacer)


        self.eligibilityLayout.addLayout(self.scopeButtons)

        self.papersHeading = QLabel(self.eligibilityTab)
        self.papersHeading.setObjectName(u"papersHeading")
        self.papersHeading.setWordWrap(True)

        self.eligibilityLayout.addWidget(self.papersHeading)

        self.papersTable = QTableWidget(self.eligibilityTab)
        self.papersTable.setObjectName(u"papersTable")
        self.papersTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.papersTable.horizontalHeader().setStretchLastSection(True)
        self.papersTable.verticalHeader().setVisible(False)

        self.eligibilityLayout.addWidget(self.papersTable)

        self.paperButtons = QHBoxLayout()
        self.paperButtons.setObjectName(u"paperButtons")
        self.addPaperButton = QPushButton(self.eligibilityTab)
        self.addPaperButton.setObjectName(u"addPaperButton")

        self.paperButtons.addWidget(self.addPaperButton)

        self.removePaperButton = QPushButton(self.eligibilityTab)
        self.removePaperButton.setObjectName(u"removePaperButton")

        self.paperButtons.addWidget(self.removePaperButton)

        self.paperSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.paperButtons.addItem(self.paperSpacer)


        self.eligibilityLayout.addLayout(self.paperButtons)

        self.tabs.addTab(self.eligibilityTab, "")
        self.splitter.addWidget(self.tabs)

        self.packLayout.addWidget(self.splitter)

        self.errorLabel = QLabel(RulePackDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setVisible(False)
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"QLabel { color: #8b0000; background: #fde8e8; border: 1px solid #e0a0a0; padding: 6px; }")

        self.packLayout.addWidget(self.errorLabel)

        self.bottomRow = QHBoxLayout()
        self.bottomRow.setObjectName(u"bottomRow")
        self.historyButton = QPushButton(RulePackDialog)
        self.historyButton.setObjectName(u"historyButton")

        self.bottomRow.addWidget(self.historyButton)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomRow.addItem(self.bottomSpacer)

        self.saveButton = QPushButton(RulePackDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.bottomRow.addWidget(self.saveButton)

        self.closeButton = QPushButton(RulePackDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.bottomRow.addWidget(self.closeButton)


        self.packLayout.addLayout(self.bottomRow)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.shortNameLabel.setBuddy(self.shortNameEdit)
        self.levelLabel.setBuddy(self.levelCombo)
        self.appliesToLabel.setBuddy(self.appliesToEdit)
        self.legalLabel.setBuddy(self.legalEdit)
        self.checkedLabel.setBuddy(self.checkedEdit)
        self.noteLabel.setBuddy(self.noteEdit)
        self.quorumLabel.setBuddy(self.quorumCombo)
        self.voteLabel.setBuddy(self.voteCombo)
        self.voteBaseLabel.setBuddy(self.voteBaseCombo)
        self.filingLabel.setBuddy(self.filingSpin)
        self.shareLabel.setBuddy(self.shareSpin)
        self.kindsLabel.setBuddy(self.kindsList)
        self.payLabel.setBuddy(self.payPercentSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RulePackDialog)

        self.tabs.setCurrentIndex(0)
        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(RulePackDialog)
    # setupUi

    def retranslateUi(self, RulePackDialog):
        RulePackDialog.setWindowTitle(QCoreApplication.translate("RulePackDialog", u"B\u1ed9 quy \u0111\u1ecbnh x\u00e9t c\u00f4ng nh\u1eadn s\u00e1ng ki\u1ebfn", None))
        self.listHeading.setText(QCoreApplication.translate("RulePackDialog", u"<b>C\u00e1c b\u1ed9 quy \u0111\u1ecbnh</b>", None))
        self.unitButton.setText(QCoreApplication.translate("RulePackDialog", u"D\u00f9ng cho \u0111\u01a1n &v\u1ecb", None))
#if QT_CONFIG(tooltip)
        self.unitButton.setToolTip(QCoreApplication.translate("RulePackDialog", u"B\u1ed9 quy \u0111\u1ecbnh \u0111\u01b0\u1ee3c ch\u1ecdn l\u00e0 c\u1ee7a \u0111\u01a1n v\u1ecb: H\u1ed9i \u0111\u1ed3ng m\u1edbi v\u00e0 ki\u1ec3m tra \u0111i\u1ec1u ki\u1ec7n h\u1ed3 s\u01a1 theo b\u1ed9 n\u00e0y.", None))
#endif // QT_CONFIG(tooltip)
        self.copyButton.setText(QCoreApplication.translate("RulePackDialog", u"T\u1ea1o b\u1ed9 &m\u1edbi t\u1eeb b\u1ed9 n\u00e0y\u2026", None))
        self.importButton.setText(QCoreApplication.translate("RulePackDialog", u"&Nh\u1eadp t\u1eeb t\u1ec7p\u2026", None))
        self.exportButton.setText(QCoreApplication.translate("RulePackDialog", u"&Xu\u1ea5t ra t\u1ec7p\u2026", None))
        self.idLabel.setText(QCoreApplication.translate("RulePackDialog", u"M\u00e3, phi\u00ean b\u1ea3n:", None))
        self.nameLabel.setText(QCoreApplication.translate("RulePackDialog", u"&T\u00ean b\u1ed9 quy \u0111\u1ecbnh:", None))
        self.shortNameLabel.setText(QCoreApplication.translate("RulePackDialog", u"T\u00ean &ng\u1eafn:", None))
        self.levelLabel.setText(QCoreApplication.translate("RulePackDialog", u"&C\u1ea5p \u00e1p d\u1ee5ng:", None))
        self.appliesToLabel.setText(QCoreApplication.translate("RulePackDialog", u"\u00c1p d\u1ee5ng &cho:", None))
        self.appliesToEdit.setPlaceholderText(QCoreApplication.translate("RulePackDialog", u"C\u00e1c tr\u01b0\u1eddng thu\u1ed9c S\u1edf Gi\u00e1o d\u1ee5c v\u00e0 \u0110\u00e0o t\u1ea1o \u2026", None))
        self.legalLabel.setText(QCoreApplication.translate("RulePackDialog", u"C\u0103n c\u1ee9 &ph\u00e1p l\u00fd:\n"
"(m\u1ed7i d\u00f2ng m\u1ed9t c\u0103n c\u1ee9)", None))
#if QT_CONFIG(tooltip)
        self.legalEdit.setToolTip(QCoreApplication.translate("RulePackDialog", u"In \u1edf ph\u1ea7n \u201cC\u0103n c\u1ee9\u201d c\u1ee7a quy\u1ebft \u0111\u1ecbnh c\u00f4ng nh\u1eadn, \u0111\u00fang nh\u01b0 ghi \u1edf \u0111\u00e2y.", None))
#endif // QT_CONFIG(tooltip)
        self.checkedLabel.setText(QCoreApplication.translate("RulePackDialog", u"Ng\u00e0y ki\u1ec3m tra &c\u0103n c\u1ee9:", None))
        self.checkedEdit.setPlaceholderText(QCoreApplication.translate("RulePackDialog", u"dd/mm/yyyy", None))
#if QT_CONFIG(tooltip)
        self.checkedEdit.setToolTip(QCoreApplication.translate("RulePackDialog", u"Ng\u00e0y g\u1ea7n nh\u1ea5t \u0111\u00e3 \u0111\u1ed1i chi\u1ebfu c\u0103n c\u1ee9 ph\u00e1p l\u00fd v\u1edbi v\u0103n b\u1ea3n \u0111ang c\u00f3 hi\u1ec7u l\u1ef1c.", None))
#endif // QT_CONFIG(tooltip)
        self.noteLabel.setText(QCoreApplication.translate("RulePackDialog", u"Ghi &ch\u00fa:", None))
        self.sourcesLabel.setText(QCoreApplication.translate("RulePackDialog", u"Ngu\u1ed3n:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.generalTab), QCoreApplication.translate("RulePackDialog", u"Chung", None))
        self.quorumLabel.setText(QCoreApplication.translate("RulePackDialog", u"H\u1ecdp h\u1ee3p l\u1ec7 khi c\u00f3 &m\u1eb7t \u00edt nh\u1ea5t:", None))
        self.voteLabel.setText(QCoreApplication.translate("RulePackDialog", u"C\u00f4ng nh\u1eadn khi &t\u00e1n th\u00e0nh:", None))
#if QT_CONFIG(tooltip)
        self.voteCombo.setToolTip(QCoreApplication.translate("RulePackDialog", u"2/3, 70%, > 1/2 (qu\u00e1 n\u1eeda), 100% ho\u1eb7c m\u1ed9t t\u1ef7 l\u1ec7 kh\u00e1c nh\u01b0 3/5", None))
#endif // QT_CONFIG(tooltip)
        self.voteBaseLabel.setText(QCoreApplication.translate("RulePackDialog", u"T\u00ednh tr\u00ean:", None))
        self.roundsHeading.setText(QCoreApplication.translate("RulePackDialog", u"<b>C\u00e1c \u0111\u1ee3t x\u00e9t trong n\u0103m</b> (ng\u00e0y d\u1ea1ng MM-DD, v\u00ed d\u1ee5 01-01 \u0111\u1ebfn 06-30)", None))
        self.addRoundButton.setText(QCoreApplication.translate("RulePackDialog", u"Th\u00eam \u0111\u1ee3t", None))
        self.removeRoundButton.setText(QCoreApplication.translate("RulePackDialog", u"B\u1ecf \u0111\u1ee3t", None))
        self.tabs.setTabText(self.tabs.indexOf(self.votingTab), QCoreApplication.translate("RulePackDialog", u"Bi\u1ec3u quy\u1ebft v\u00e0 c\u00e1c \u0111\u1ee3t", None))
        self.criteriaHeading.setText(QCoreApplication.translate("RulePackDialog", u"<b>Ti\u00eau ch\u00ed</b> \u2014 \u0111i\u1ec3m s\u00e0n: d\u01b0\u1edbi m\u1ee9c n\u00e0y ti\u00eau ch\u00ed kh\u00f4ng \u0111\u1ea1t; \u201cLo\u1ea1i\u201d \u0111\u00e1nh d\u1ea5u ti\u00eau ch\u00ed m\u00e0 kh\u00f4ng \u0111\u1ea1t th\u00ec h\u1ed3 s\u01a1 kh\u00f4ng \u0111\u01b0\u1ee3c c\u00f4ng nh\u1eadn d\u00f9 t\u1ed5ng \u0111i\u1ec3m cao.", None))
        self.addCriterionButton.setText(QCoreApplication.translate("RulePackDialog", u"Th\u00eam &ti\u00eau ch\u00ed", None))
        self.removeCriterionButton.setText(QCoreApplication.translate("RulePackDialog", u"B\u1ecf ti\u00eau ch\u00ed", None))
        self.rangesHeading.setText(QCoreApplication.translate("RulePackDialog", u"<b>Kho\u1ea3ng \u0111i\u1ec3m c\u1ee7a ti\u00eau ch\u00ed</b> \u2014 in tr\u00ean phi\u1ebfu \u0111\u00e1nh gi\u00e1; kho\u1ea3ng \u201cch\u1ec9 khi t\u00ednh \u0111\u01b0\u1ee3c ti\u1ec1n l\u00e0m l\u1ee3i\u201d kh\u00f4ng ch\u1ea5m \u0111\u01b0\u1ee3c cho s\u00e1ng ki\u1ebfn kh\u00f4ng c\u00f3 gi\u00e1 tr\u1ecb l\u00e0m l\u1ee3i b\u1eb1ng ti\u1ec1n.", None))
        self.addRangeButton.setText(QCoreApplication.translate("RulePackDialog", u"Th\u00eam kho\u1ea3ng", None))
        self.removeRangeButton.setText(QCoreApplication.translate("RulePackDialog", u"B\u1ecf kho\u1ea3ng", None))
        self.bandsHeading.setText(QCoreApplication.translate("RulePackDialog", u"<b>X\u1ebfp lo\u1ea1i theo t\u1ed5ng \u0111i\u1ec3m</b> (m\u1ee9c cao nh\u1ea5t tr\u01b0\u1edbc; d\u01b0\u1edbi m\u1ecdi m\u1ee9c l\u00e0 \u201cKh\u00f4ng \u0111\u1ea1t\u201d). \u0110i\u1ec1u ki\u1ec7n th\u00eam ghi d\u1ea1ng \u201ct\u00ednh m\u1edbi \u2265 30\u201d.", None))
        self.addBandButton.setText(QCoreApplication.translate("RulePackDialog", u"Th\u00eam m\u1ee9c", None))
        self.removeBandButton.setText(QCoreApplication.translate("RulePackDialog", u"B\u1ecf m\u1ee9c", None))
        self.dropExtremesCheck.setText(QCoreApplication.translate("RulePackDialog", u"B\u1ecf phi\u1ebfu cao nh\u1ea5t v\u00e0 th\u1ea5p nh\u1ea5t khi c\u00f3 t\u1eeb", None))
        self.dropMinSpin.setSuffix(QCoreApplication.translate("RulePackDialog", u" phi\u1ebfu", None))
        self.spreadLabel.setText(QCoreApplication.translate("RulePackDialog", u"C\u1ea3nh b\u00e1o khi \u0111i\u1ec3m c\u00e1c th\u00e0nh vi\u00ean l\u1ec7ch nhau qu\u00e1:", None))
        self.spreadSpin.setSuffix(QCoreApplication.translate("RulePackDialog", u" \u0111i\u1ec3m", None))
        self.tabs.setTabText(self.tabs.indexOf(self.rubricTab), QCoreApplication.translate("RulePackDialog", u"Ti\u00eau ch\u00ed ch\u1ea5m \u0111i\u1ec3m", None))
        self.filingLabel.setText(QCoreApplication.translate("RulePackDialog", u"N\u1ed9p \u0111\u01a1n trong v\u00f2ng:", None))
        self.filingSpin.setSuffix(QCoreApplication.translate("RulePackDialog", u" th\u00e1ng", None))
        self.filingSpin.setSpecialValueText(QCoreApplication.translate("RulePackDialog", u"kh\u00f4ng gi\u1edbi h\u1ea1n", None))
#if QT_CONFIG(tooltip)
        self.filingSpin.setToolTip(QCoreApplication.translate("RulePackDialog", u"k\u1ec3 t\u1eeb ng\u00e0y \u00e1p d\u1ee5ng l\u1ea7n \u0111\u1ea7u", None))
#endif // QT_CONFIG(tooltip)
        self.shareLabel.setText(QCoreApplication.translate("RulePackDialog", u"\u0110\u1ed3ng t\u00e1c gi\u1ea3 \u0111\u00f3ng g\u00f3p \u00edt nh\u1ea5t:", None))
        self.shareSpin.setSuffix(QCoreApplication.translate("RulePackDialog", u" %", None))
        self.shareSpin.setSpecialValueText(QCoreApplication.translate("RulePackDialog", u"kh\u00f4ng quy \u0111\u1ecbnh", None))
        self.researchCheck.setText(QCoreApplication.translate("RulePackDialog", u"\u0110\u1ec1 t\u00e0i nghi\u00ean c\u1ee9u khoa h\u1ecdc ph\u1ea3i c\u00f3 ng\u00e0y nghi\u1ec7m thu", None))
        self.resubmissionCheck.setText(QCoreApplication.translate("RulePackDialog", u"C\u1ea3nh b\u00e1o s\u00e1ng ki\u1ebfn \u0111\u00e3 c\u00f4ng nh\u1eadn n\u0103m tr\u01b0\u1edbc n\u1ed9p l\u1ea1i", None))
#if QT_CONFIG(tooltip)
        self.resubmissionCheck.setToolTip(QCoreApplication.translate("RulePackDialog", u"So h\u1ed3 s\u01a1 v\u1edbi m\u1ecdi h\u1ed3 s\u01a1 trong d\u1eef li\u1ec7u (k\u1ec3 c\u1ea3 h\u1ed3 s\u01a1 nh\u1eadn \u0111\u01b0\u1ee3c): gi\u1ed1ng m\u1ed9t s\u00e1ng ki\u1ebfn \u0111\u00e3 \u0111\u01b0\u1ee3c c\u00f4ng nh\u1eadn \u1edf n\u0103m tr\u01b0\u1edbc th\u00ec c\u1ea3nh b\u00e1o; H\u1ed9i \u0111\u1ed3ng v\u1eabn c\u00f3 th\u1ec3 x\u00e9t, ghi l\u00fd do.", None))
#endif // QT_CONFIG(tooltip)
        self.kindsLabel.setText(QCoreApplication.translate("RulePackDialog", u"Lo\u1ea1i gi\u1ea3i ph\u00e1p \u0111\u01b0\u1ee3c x\u00e9t:", None))
#if QT_CONFIG(tooltip)
        self.kindsList.setToolTip(QCoreApplication.translate("RulePackDialog", u"Kh\u00f4ng \u0111\u00e1nh d\u1ea5u lo\u1ea1i n\u00e0o: x\u00e9t m\u1ecdi lo\u1ea1i gi\u1ea3i ph\u00e1p.", None))
#endif // QT_CONFIG(tooltip)
        self.payLabel.setText(QCoreApplication.translate("RulePackDialog", u"Th\u00f9 lao t\u1ed1i thi\u1ec3u:", None))
        self.payPercentSpin.setSuffix(QCoreApplication.translate("RulePackDialog", u" % gi\u00e1 tr\u1ecb l\u00e0m l\u1ee3i", None))
        self.payYearsLabel.setText(QCoreApplication.translate("RulePackDialog", u"m\u1ed7i n\u0103m, trong", None))
        self.payYearsSpin.setSuffix(QCoreApplication.translate("RulePackDialog", u" n\u0103m \u0111\u1ea7u", None))
        self.scopesHeading.setText(QCoreApplication.translate("RulePackDialog", u"<b>Ph\u1ea1m vi \u1ea3nh h\u01b0\u1edfng</b> (quy\u1ebft \u0111\u1ecbnh c\u00f4ng nh\u1eadn ch\u1ecdn m\u1ed9t ph\u1ea1m vi cho m\u1ed7i s\u00e1ng ki\u1ebfn)", None))
        self.addScopeButton.setText(QCoreApplication.translate("RulePackDialog", u"Th\u00eam ph\u1ea1m vi", None))
        self.removeScopeButton.setText(QCoreApplication.translate("RulePackDialog", u"B\u1ecf ph\u1ea1m vi", None))
        self.papersHeading.setText(QCoreApplication.translate("RulePackDialog", u"<b>Gi\u1ea5y t\u1edd c\u1ea7n c\u00f3 trong h\u1ed3 s\u01a1</b>", None))
        self.addPaperButton.setText(QCoreApplication.translate("RulePackDialog", u"Th\u00eam gi\u1ea5y t\u1edd", None))
        self.removePaperButton.setText(QCoreApplication.translate("RulePackDialog", u"B\u1ecf gi\u1ea5y t\u1edd", None))
        self.tabs.setTabText(self.tabs.indexOf(self.eligibilityTab), QCoreApplication.translate("RulePackDialog", u"\u0110i\u1ec1u ki\u1ec7n, ph\u1ea1m vi, th\u00f9 lao", None))
        self.historyButton.setText(QCoreApplication.translate("RulePackDialog", u"&L\u1ecbch s\u1eed thay \u0111\u1ed5i\u2026", None))
        self.saveButton.setText(QCoreApplication.translate("RulePackDialog", u"&L\u01b0u", None))
        self.closeButton.setText(QCoreApplication.translate("RulePackDialog", u"\u0110\u00f3n&g", None))
    # retranslateUi

