# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dossier_editor.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDialogButtonBox,
    QFormLayout, QFrame, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QStackedWidget, QTableWidget, QTableWidgetItem, QTextBrowser,
    QVBoxLayout, QWidget)

class Ui_DossierEditor(object):
    def setupUi(self, DossierEditor):
        if not DossierEditor.objectName():
            DossierEditor.setObjectName(u"DossierEditor")
        DossierEditor.resize(1220, 780)
        self.editorLayout = QVBoxLayout(DossierEditor)
        self.editorLayout.setObjectName(u"editorLayout")
        self.versionBanner = QFrame(DossierEditor)
        self.versionBanner.setObjectName(u"versionBanner")
        self.versionBanner.setVisible(False)
        self.versionBanner.setStyleSheet(u"QFrame#versionBanner { background: #eef4fb; border: 1px solid #9bb8d8; border-radius: 3px; }")
        self.versionBannerLayout = QHBoxLayout(self.versionBanner)
        self.versionBannerLayout.setObjectName(u"versionBannerLayout")
        self.versionLabel = QLabel(self.versionBanner)
        self.versionLabel.setObjectName(u"versionLabel")
        self.versionLabel.setWordWrap(True)
        self.versionLabel.setTextFormat(Qt.TextFormat.RichText)
        self.versionLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.versionLabel.sizePolicy().hasHeightForWidth())
        self.versionLabel.setSizePolicy(sizePolicy)

        self.versionBannerLayout.addWidget(self.versionLabel)

        self.otherVersionButton = QPushButton(self.versionBanner)
        self.otherVersionButton.setObjectName(u"otherVersionButton")

        self.versionBannerLayout.addWidget(self.otherVersionButton)

        self.newVersionButton = QPushButton(self.versionBanner)
        self.newVersionButton.setObjectName(u"newVersionButton")

        self.versionBannerLayout.addWidget(self.newVersionButton)


        self.editorLayout.addWidget(self.versionBanner)

        self.mainRow = QHBoxLayout()
        self.mainRow.setObjectName(u"mainRow")
        self.stepList = QListWidget(DossierEditor)
        QListWidgetItem(self.stepList)
        QListWidgetItem(self.stepList)
        QListWidgetItem(self.stepList)
        QListWidgetItem(self.stepList)
        QListWidgetItem(self.stepList)
        QListWidgetItem(self.stepList)
        QListWidgetItem(self.stepList)
        self.stepList.setObjectName(u"stepList")
        self.stepList.setMinimumSize(QSize(170, 0))
        self.stepList.setMaximumSize(QSize(190, 16777215))

        self.mainRow.addWidget(self.stepList)

        self.steps = QStackedWidget(DossierEditor)
        self.steps.setObjectName(u"steps")
        self.generalPage = QWidget()
        self.generalPage.setObjectName(u"generalPage")
        self.generalPageLayout = QVBoxLayout(self.generalPage)
        self.generalPageLayout.setObjectName(u"generalPageLayout")
        self.generalPageScroll = QScrollArea(self.generalPage)
        self.generalPageScroll.setObjectName(u"generalPageScroll")
        self.generalPageScroll.setWidgetResizable(True)
        self.generalPageScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.generalPageContents = QWidget()
        self.generalPageContents.setObjectName(u"generalPageContents")
        self.generalOuter = QVBoxLayout(self.generalPageContents)
        self.generalOuter.setObjectName(u"generalOuter")
        self.generalHeading = QLabel(self.generalPageContents)
        self.generalHeading.setObjectName(u"generalHeading")
        self.generalHeading.setStyleSheet(u"font-weight: bold; font-size: 11pt; padding: 2px 0 6px 0;")

        self.generalOuter.addWidget(self.generalHeading)

        self.generalForm = QFormLayout()
        self.generalForm.setObjectName(u"generalForm")
        self.generalForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.titleLabel = QLabel(self.generalPageContents)
        self.titleLabel.setObjectName(u"titleLabel")

        self.generalForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(self.generalPageContents)
        self.titleEdit.setObjectName(u"titleEdit")

        self.generalForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.codeLabel = QLabel(self.generalPageContents)
        self.codeLabel.setObjectName(u"codeLabel")

        self.generalForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.codeValue = QLabel(self.generalPageContents)
        self.codeValue.setObjectName(u"codeValue")

        self.generalForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.codeValue)

        self.campaignLabel = QLabel(self.generalPageContents)
        self.campaignLabel.setObjectName(u"campaignLabel")

        self.generalForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.campaignLabel)

        self.campaignCombo = QComboBox(self.generalPageContents)
        self.campaignCombo.setObjectName(u"campaignCombo")

        self.generalForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.campaignCombo)

        self.solutionTypeLabel = QLabel(self.generalPageContents)
        self.solutionTypeLabel.setObjectName(u"solutionTypeLabel")

        self.generalForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.solutionTypeLabel)

        self.solutionTypeCombo = QComboBox(self.generalPageContents)
        self.solutionTypeCombo.setObjectName(u"solutionTypeCombo")

        self.generalForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.solutionTypeCombo)

        self.targetGroupLabel = QLabel(self.generalPageContents)
        self.targetGroupLabel.setObjectName(u"targetGroupLabel")

        self.generalForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.targetGroupLabel)

        self.targetGroupCombo = QComboBox(self.generalPageContents)
        self.targetGroupCombo.setObjectName(u"targetGroupCombo")

        self.generalForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.targetGroupCombo)

        self.fieldLabel = QLabel(self.generalPageContents)
        self.fieldLabel.setObjectName(u"fieldLabel")

        self.generalForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.fieldLabel)

        self.fieldEdit = QLineEdit(self.generalPageContents)
        self.fieldEdit.setObjectName(u"fieldEdit")

        self.generalForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.fieldEdit)

        self.unitLabel = QLabel(self.generalPageContents)
        self.unitLabel.setObjectName(u"unitLabel")

        self.generalForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.unitLabel)

        self.unitCombo = QComboBox(self.generalPageContents)
        self.unitCombo.setObjectName(u"unitCombo")
        self.unitCombo.setEditable(True)

        self.generalForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.unitCombo)

        self.provinceLabel = QLabel(self.generalPageContents)
        self.provinceLabel.setObjectName(u"provinceLabel")

        self.generalForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.provinceLabel)

        self.provinceCombo = QComboBox(self.generalPageContents)
        self.provinceCombo.setObjectName(u"provinceCombo")

        self.generalForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.provinceCombo)

        self.sectorLabel = QLabel(self.generalPageContents)
        self.sectorLabel.setObjectName(u"sectorLabel")

        self.generalForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.sectorLabel)

        self.sectorCombo = QComboBox(self.generalPageContents)
        self.sectorCombo.setObjectName(u"sectorCombo")

        self.generalForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.sectorCombo)

        self.investorLabel = QLabel(self.generalPageContents)
        self.investorLabel.setObjectName(u"investorLabel")

        self.generalForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.investorLabel)

        self.investorEdit = QLineEdit(self.generalPageContents)
        self.investorEdit.setObjectName(u"investorEdit")

        self.generalForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.investorEdit)

        self.statusLabel = QLabel(self.generalPageContents)
        self.statusLabel.setObjectName(u"statusLabel")

        self.generalForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusBox = QVBoxLayout()
        self.statusBox.setObjectName(u"statusBox")
        self.statusRow = QHBoxLayout()
        self.statusRow.setObjectName(u"statusRow")
        self.statusValue = QLabel(self.generalPageContents)
        self.statusValue.setObjectName(u"statusValue")
        self.statusValue.setText(u"\u2014")
        self.statusValue.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.statusRow.addWidget(self.statusValue)

        self.statusActButton = QPushButton(self.generalPageContents)
        self.statusActButton.setObjectName(u"statusActButton")

        self.statusRow.addWidget(self.statusActButton)

        self.statusSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.statusRow.addItem(self.statusSpacer)


        self.statusBox.addLayout(self.statusRow)

        self.statusHint = QLabel(self.generalPageContents)
        self.statusHint.setObjectName(u"statusHint")
        self.statusHint.setWordWrap(True)
        self.statusHint.setStyleSheet(u"color: #555;")

        self.statusBox.addWidget(self.statusHint)


        self.generalForm.setLayout(10, QFormLayout.ItemRole.FieldRole, self.statusBox)

        self.notesLabel = QLabel(self.generalPageContents)
        self.notesLabel.setObjectName(u"notesLabel")

        self.generalForm.setWidget(11, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(self.generalPageContents)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)

        self.generalForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.generalOuter.addLayout(self.generalForm)

        self.generalPageScroll.setWidget(self.generalPageContents)

        self.generalPageLayout.addWidget(self.generalPageScroll)

        self.steps.addWidget(self.generalPage)
        self.authorsPage = QWidget()
        self.authorsPage.setObjectName(u"authorsPage")
        self.authorsLayout = QVBoxLayout(self.authorsPage)
        self.authorsLayout.setObjectName(u"authorsLayout")
        self.authorsHeading = QLabel(self.authorsPage)
        self.authorsHeading.setObjectName(u"authorsHeading")
        self.authorsHeading.setStyleSheet(u"font-weight: bold; font-size: 11pt; padding: 2px 0 6px 0;")

        self.authorsLayout.addWidget(self.authorsHeading)

        self.authorsTable = QTableWidget(self.authorsPage)
        if (self.authorsTable.columnCount() < 9):
            self.authorsTable.setColumnCount(9)
        __qtablewidgetitem = QTableWidgetItem()
        self.authorsTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.authorsTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.authorsTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.authorsTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.authorsTable.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.authorsTable.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.authorsTable.setHorizontalHeaderItem(6, __qtablewidgetitem6)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.authorsTable.setHorizontalHeaderItem(7, __qtablewidgetitem7)
        __qtablewidgetitem8 = QTableWidgetItem()
        self.authorsTable.setHorizontalHeaderItem(8, __qtablewidgetitem8)
        self.authorsTable.setObjectName(u"authorsTable")
        self.authorsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.authorsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.authorsTable.horizontalHeader().setStretchLastSection(True)

        self.authorsLayout.addWidget(self.authorsTable)

        self.authorButtons = QHBoxLayout()
        self.authorButtons.setObjectName(u"authorButtons")
        self.addAuthorButton = QPushButton(self.authorsPage)
        self.addAuthorButton.setObjectName(u"addAuthorButton")

        self.authorButtons.addWidget(self.addAuthorButton)

        self.removeAuthorButton = QPushButton(self.authorsPage)
        self.removeAuthorButton.setObjectName(u"removeAuthorButton")

        self.authorButtons.addWidget(self.removeAuthorButton)

        self.authorUpButton = QPushButton(self.authorsPage)
        self.authorUpButton.setObjectName(u"authorUpButton")

        self.authorButtons.addWidget(self.authorUpButton)

        self.authorDownButton = QPushButton(self.authorsPage)
        self.authorDownButton.setObjectName(u"authorDownButton")

        self.authorButtons.addWidget(self.authorDownButton)

        self.authorButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.authorButtons.addItem(self.authorButtonsSpacer)


        self.authorsLayout.addLayout(self.authorButtons)

        self.shareTotalLabel = QLabel(self.authorsPage)
        self.shareTotalLabel.setObjectName(u"shareTotalLabel")
        self.shareTotalLabel.setWordWrap(True)

        self.authorsLayout.addWidget(self.shareTotalLabel)

        self.creditedLabel = QLabel(self.authorsPage)
        self.creditedLabel.setObjectName(u"creditedLabel")
        self.creditedLabel.setWordWrap(True)

        self.authorsLayout.addWidget(self.creditedLabel)

        self.authorsHint = QLabel(self.authorsPage)
        self.authorsHint.setObjectName(u"authorsHint")
        self.authorsHint.setWordWrap(True)
        self.authorsHint.setStyleSheet(u"color: #555;")

        self.authorsLayout.addWidget(self.authorsHint)

        self.steps.addWidget(self.authorsPage)
        self.descriptionPage = QWidget()
        self.descriptionPage.setObjectName(u"descriptionPage")
        self.descriptionPageLayout = QVBoxLayout(self.descriptionPage)
        self.descriptionPageLayout.setObjectName(u"descriptionPageLayout")
        self.descriptionPageScroll = QScrollArea(self.descriptionPage)
        self.descriptionPageScroll.setObjectName(u"descriptionPageScroll")
        self.descriptionPageScroll.setWidgetResizable(True)
        self.descriptionPageScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.descriptionPageContents = QWidget()
        self.descriptionPageContents.setObjectName(u"descriptionPageContents")
        self.descriptionOuter = QVBoxLayout(self.descriptionPageContents)
        self.descriptionOuter.setObjectName(u"descriptionOuter")
        self.descriptionHeading = QLabel(self.descriptionPageContents)
        self.descriptionHeading.setObjectName(u"descriptionHeading")
        self.descriptionHeading.setStyleSheet(u"font-weight: bold; font-size: 11pt; padding: 2px 0 6px 0;")

        self.descriptionOuter.addWidget(self.descriptionHeading)

        self.descriptionForm = QFormLayout()
        self.descriptionForm.setObjectName(u"descriptionForm")
        self.descriptionForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.beforeLabel = QLabel(self.descriptionPageContents)
        self.beforeLabel.setObjectName(u"beforeLabel")

        self.descriptionForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.beforeLabel)

        self.beforeEdit = QPlainTextEdit(self.descriptionPageContents)
        self.beforeEdit.setObjectName(u"beforeEdit")
        self.beforeEdit.setTabChangesFocus(True)

        self.descriptionForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.beforeEdit)

        self.solutionLabel = QLabel(self.descriptionPageContents)
        self.solutionLabel.setObjectName(u"solutionLabel")

        self.descriptionForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.solutionLabel)

        self.solutionEdit = QPlainTextEdit(self.descriptionPageContents)
        self.solutionEdit.setObjectName(u"solutionEdit")
        self.solutionEdit.setTabChangesFocus(True)

        self.descriptionForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.solutionEdit)

        self.noveltyLabel = QLabel(self.descriptionPageContents)
        self.noveltyLabel.setObjectName(u"noveltyLabel")

        self.descriptionForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.noveltyLabel)

        self.noveltyEdit = QPlainTextEdit(self.descriptionPageContents)
        self.noveltyEdit.setObjectName(u"noveltyEdit")
        self.noveltyEdit.setTabChangesFocus(True)

        self.descriptionForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.noveltyEdit)

        self.confidentialLabel = QLabel(self.descriptionPageContents)
        self.confidentialLabel.setObjectName(u"confidentialLabel")

        self.descriptionForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.confidentialLabel)

        self.confidentialEdit = QPlainTextEdit(self.descriptionPageContents)
        self.confidentialEdit.setObjectName(u"confidentialEdit")
        self.confidentialEdit.setTabChangesFocus(True)

        self.descriptionForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.confidentialEdit)

        self.portalLabel = QLabel(self.descriptionPageContents)
        self.portalLabel.setObjectName(u"portalLabel")

        self.descriptionForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.portalLabel)

        self.portalEdit = QPlainTextEdit(self.descriptionPageContents)
        self.portalEdit.setObjectName(u"portalEdit")
        self.portalEdit.setTabChangesFocus(True)

        self.descriptionForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.portalEdit)

        self.portalRow = QHBoxLayout()
        self.portalRow.setObjectName(u"portalRow")
        self.portalCountLabel = QLabel(self.descriptionPageContents)
        self.portalCountLabel.setObjectName(u"portalCountLabel")

        self.portalRow.addWidget(self.portalCountLabel)

        self.buildPortalButton = QPushButton(self.descriptionPageContents)
        self.buildPortalButton.setObjectName(u"buildPortalButton")

        self.portalRow.addWidget(self.buildPortalButton)

        self.portalRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.portalRow.addItem(self.portalRowSpacer)


        self.descriptionForm.setLayout(5, QFormLayout.ItemRole.SpanningRole, self.portalRow)


        self.descriptionOuter.addLayout(self.descriptionForm)

        self.descriptionPageScroll.setWidget(self.descriptionPageContents)

        self.descriptionPageLayout.addWidget(self.descriptionPageScroll)

        self.steps.addWidget(self.descriptionPage)
        self.benefitsPage = QWidget()
        self.benefitsPage.setObjectName(u"benefitsPage")
        self.benefitsPageLayout = QVBoxLayout(self.benefitsPage)
        self.benefitsPageLayout.setObjectName(u"benefitsPageLayout")
        self.benefitsPageScroll = QScrollArea(self.benefitsPage)
        self.benefitsPageScroll.setObjectName(u"benefitsPageScroll")
        self.benefitsPageScroll.setWidgetResizable(True)
        self.benefitsPageScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.benefitsPageContents = QWidget()
        self.benefitsPageContents.setObjectName(u"benefitsPageContents")
        self.benefitsOuter = QVBoxLayout(self.benefitsPageContents)
        self.benefitsOuter.setObjectName(u"benefitsOuter")
        self.benefitsHeading = QLabel(self.benefitsPageContents)
        self.benefitsHeading.setObjectName(u"benefitsHeading")
        self.benefitsHeading.setStyleSheet(u"font-weight: bold; font-size: 11pt; padding: 2px 0 6px 0;")

        self.benefitsOuter.addWidget(self.benefitsHeading)

        self.benefitsForm = QFormLayout()
        self.benefitsForm.setObjectName(u"benefitsForm")
        self.benefitsForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.benefitAuthorHeading = QLabel(self.benefitsPageContents)
        self.benefitAuthorHeading.setObjectName(u"benefitAuthorHeading")
        self.benefitAuthorHeading.setStyleSheet(u"font-weight: bold")

        self.benefitsForm.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.benefitAuthorHeading)

        self.benefitAuthorVndLabel = QLabel(self.benefitsPageContents)
        self.benefitAuthorVndLabel.setObjectName(u"benefitAuthorVndLabel")

        self.benefitsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.benefitAuthorVndLabel)

        self.benefitAuthorVndEdit = QLineEdit(self.benefitsPageContents)
        self.benefitAuthorVndEdit.setObjectName(u"benefitAuthorVndEdit")

        self.benefitsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.benefitAuthorVndEdit)

        self.benefitAuthorSocialLabel = QLabel(self.benefitsPageContents)
        self.benefitAuthorSocialLabel.setObjectName(u"benefitAuthorSocialLabel")

        self.benefitsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.benefitAuthorSocialLabel)

        self.benefitAuthorSocialEdit = QPlainTextEdit(self.benefitsPageContents)
        self.benefitAuthorSocialEdit.setObjectName(u"benefitAuthorSocialEdit")
        self.benefitAuthorSocialEdit.setTabChangesFocus(True)

        self.benefitsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.benefitAuthorSocialEdit)

        self.benefitUnitHeading = QLabel(self.benefitsPageContents)
        self.benefitUnitHeading.setObjectName(u"benefitUnitHeading")
        self.benefitUnitHeading.setStyleSheet(u"font-weight: bold")

        self.benefitsForm.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.benefitUnitHeading)

        self.benefitUnitVndLabel = QLabel(self.benefitsPageContents)
        self.benefitUnitVndLabel.setObjectName(u"benefitUnitVndLabel")

        self.benefitsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.benefitUnitVndLabel)

        self.benefitUnitVndEdit = QLineEdit(self.benefitsPageContents)
        self.benefitUnitVndEdit.setObjectName(u"benefitUnitVndEdit")

        self.benefitsForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.benefitUnitVndEdit)

        self.benefitUnitSocialLabel = QLabel(self.benefitsPageContents)
        self.benefitUnitSocialLabel.setObjectName(u"benefitUnitSocialLabel")

        self.benefitsForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.benefitUnitSocialLabel)

        self.benefitUnitSocialEdit = QPlainTextEdit(self.benefitsPageContents)
        self.benefitUnitSocialEdit.setObjectName(u"benefitUnitSocialEdit")
        self.benefitUnitSocialEdit.setTabChangesFocus(True)

        self.benefitsForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.benefitUnitSocialEdit)

        self.benefitCalculationLabel = QLabel(self.benefitsPageContents)
        self.benefitCalculationLabel.setObjectName(u"benefitCalculationLabel")

        self.benefitsForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.benefitCalculationLabel)

        self.benefitCalculationEdit = QPlainTextEdit(self.benefitsPageContents)
        self.benefitCalculationEdit.setObjectName(u"benefitCalculationEdit")
        self.benefitCalculationEdit.setTabChangesFocus(True)

        self.benefitsForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.benefitCalculationEdit)


        self.benefitsOuter.addLayout(self.benefitsForm)

        self.benefitsPageScroll.setWidget(self.benefitsPageContents)

        self.benefitsPageLayout.addWidget(self.benefitsPageScroll)

        self.steps.addWidget(self.benefitsPage)
        self.applicationPage = QWidget()
        self.applicationPage.setObjectName(u"applicationPage")
        self.applicationPageLayout = QVBoxLayout(self.applicationPage)
        self.applicationPageLayout.setObjectName(u"applicationPageLayout")
        self.applicationPageScroll = QScrollArea(self.applicationPage)
        self.applicationPageScroll.setObjectName(u"applicationPageScroll")
        self.applicationPageScroll.setWidgetResizable(True)
        self.applicationPageScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.applicationPageContents = QWidget()
        self.applicationPageContents.setObjectName(u"applicationPageContents")
        self.applicationOuter = QVBoxLayout(self.applicationPageContents)
        self.applicationOuter.setObjectName(u"applicationOuter")
        self.applicationHeading = QLabel(self.applicationPageContents)
        self.applicationHeading.setObjectName(u"applicationHeading")
        self.applicationHeading.setStyleSheet(u"font-weight: bold; font-size: 11pt; padding: 2px 0 6px 0;")

        self.applicationOuter.addWidget(self.applicationHeading)

        self.applicationForm = QFormLayout()
        self.applicationForm.setObjectName(u"applicationForm")
        self.applicationForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.firstAppliedLabel = QLabel(self.applicationPageContents)
        self.firstAppliedLabel.setObjectName(u"firstAppliedLabel")

        self.applicationForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.firstAppliedLabel)

        self.firstAppliedRow = QHBoxLayout()
        self.firstAppliedRow.setObjectName(u"firstAppliedRow")
        self.firstAppliedEdit = QLineEdit(self.applicationPageContents)
        self.firstAppliedEdit.setObjectName(u"firstAppliedEdit")

        self.firstAppliedRow.addWidget(self.firstAppliedEdit)

        self.trialCheck = QCheckBox(self.applicationPageContents)
        self.trialCheck.setObjectName(u"trialCheck")

        self.firstAppliedRow.addWidget(self.trialCheck)

        self.firstAppliedRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.firstAppliedRow.addItem(self.firstAppliedRowSpacer)


        self.applicationForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.firstAppliedRow)

        self.conditionsLabel = QLabel(self.applicationPageContents)
        self.conditionsLabel.setObjectName(u"conditionsLabel")

        self.applicationForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.conditionsLabel)

        self.conditionsEdit = QPlainTextEdit(self.applicationPageContents)
        self.conditionsEdit.setObjectName(u"conditionsEdit")
        self.conditionsEdit.setTabChangesFocus(True)

        self.applicationForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.conditionsEdit)

        self.researchLabel = QLabel(self.applicationPageContents)
        self.researchLabel.setObjectName(u"researchLabel")

        self.applicationForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.researchLabel)

        self.researchRow = QHBoxLayout()
        self.researchRow.setObjectName(u"researchRow")
        self.researchAcceptedEdit = QLineEdit(self.applicationPageContents)
        self.researchAcceptedEdit.setObjectName(u"researchAcceptedEdit")

        self.researchRow.addWidget(self.researchAcceptedEdit)

        self.headConfirmedCheck = QCheckBox(self.applicationPageContents)
        self.headConfirmedCheck.setObjectName(u"headConfirmedCheck")

        self.researchRow.addWidget(self.headConfirmedCheck)

        self.researchRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.researchRow.addItem(self.researchRowSpacer)


        self.applicationForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.researchRow)

        self.attestGroup = QGroupBox(self.applicationPageContents)
        self.attestGroup.setObjectName(u"attestGroup")
        self.attestLayout = QVBoxLayout(self.attestGroup)
        self.attestLayout.setObjectName(u"attestLayout")
        self.publicOrderCheck = QCheckBox(self.attestGroup)
        self.publicOrderCheck.setObjectName(u"publicOrderCheck")

        self.attestLayout.addWidget(self.publicOrderCheck)

        self.noIpCheck = QCheckBox(self.attestGroup)
        self.noIpCheck.setObjectName(u"noIpCheck")

        self.attestLayout.addWidget(self.noIpCheck)


        self.applicationForm.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.attestGroup)

        self.disputeGroup = QGroupBox(self.applicationPageContents)
        self.disputeGroup.setObjectName(u"disputeGroup")
        self.disputeLayout = QVBoxLayout(self.disputeGroup)
        self.disputeLayout.setObjectName(u"disputeLayout")
        self.complaintCheck = QCheckBox(self.disputeGroup)
        self.complaintCheck.setObjectName(u"complaintCheck")

        self.disputeLayout.addWidget(self.complaintCheck)

        self.disputeCheck = QCheckBox(self.disputeGroup)
        self.disputeCheck.setObjectName(u"disputeCheck")

        self.disputeLayout.addWidget(self.disputeCheck)


        self.applicationForm.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.disputeGroup)


        self.applicationOuter.addLayout(self.applicationForm)

        self.appliersHeading = QLabel(self.applicationPageContents)
        self.appliersHeading.setObjectName(u"appliersHeading")
        self.appliersHeading.setStyleSheet(u"font-weight: bold; font-size: 11pt; padding: 2px 0 6px 0;")

        self.applicationOuter.addWidget(self.appliersHeading)

        self.appliersTable = QTableWidget(self.applicationPageContents)
        if (self.appliersTable.columnCount() < 6):
            self.appliersTable.setColumnCount(6)
        __qtablewidgetitem9 = QTableWidgetItem()
        self.appliersTable.setHorizontalHeaderItem(0, __qtablewidgetitem9)
        __qtablewidgetitem10 = QTableWidgetItem()
        self.appliersTable.setHorizontalHeaderItem(1, __qtablewidgetitem10)
        __qtablewidgetitem11 = QTableWidgetItem()
        self.appliersTable.setHorizontalHeaderItem(2, __qtablewidgetitem11)
        __qtablewidgetitem12 = QTableWidgetItem()
        self.appliersTable.setHorizontalHeaderItem(3, __qtablewidgetitem12)
        __qtablewidgetitem13 = QTableWidgetItem()
        self.appliersTable.setHorizontalHeaderItem(4, __qtablewidgetitem13)
        __qtablewidgetitem14 = QTableWidgetItem()
        self.appliersTable.setHorizontalHeaderItem(5, __qtablewidgetitem14)
        self.appliersTable.setObjectName(u"appliersTable")
        self.appliersTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.appliersTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.appliersTable.horizontalHeader().setStretchLastSection(True)

        self.applicationOuter.addWidget(self.appliersTable)

        self.applierButtons = QHBoxLayout()
        self.applierButtons.setObjectName(u"applierButtons")
        self.addApplierButton = QPushButton(self.applicationPageContents)
        self.addApplierButton.setObjectName(u"addApplierButton")

        self.applierButtons.addWidget(self.addApplierButton)

        self.removeApplierButton = QPushButton(self.applicationPageContents)
        self.removeApplierButton.setObjectName(u"removeApplierButton")

        self.applierButtons.addWidget(self.removeApplierButton)

        self.applierButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.applierButtons.addItem(self.applierButtonsSpacer)


        self.applicationOuter.addLayout(self.applierButtons)

        self.applicationPageScroll.setWidget(self.applicationPageContents)

        self.applicationPageLayout.addWidget(self.applicationPageScroll)

        self.steps.addWidget(self.applicationPage)
        self.attachmentsPage = QWidget()
        self.attachmentsPage.setObjectName(u"attachmentsPage")
        self.attachmentsLayout = QVBoxLayout(self.attachmentsPage)
        self.attachmentsLayout.setObjectName(u"attachmentsLayout")
        self.attachmentsHeading = QLabel(self.attachmentsPage)
        self.attachmentsHeading.setObjectName(u"attachmentsHeading")
        self.attachmentsHeading.setStyleSheet(u"font-weight: bold; font-size: 11pt; padding: 2px 0 6px 0;")

        self.attachmentsLayout.addWidget(self.attachmentsHeading)

        self.attachmentsTable = QTableWidget(self.attachmentsPage)
        if (self.attachmentsTable.columnCount() < 6):
            self.attachmentsTable.setColumnCount(6)
        __qtablewidgetitem15 = QTableWidgetItem()
        self.attachmentsTable.setHorizontalHeaderItem(0, __qtablewidgetitem15)
        __qtablewidgetitem16 = QTableWidgetItem()
        self.attachmentsTable.setHorizontalHeaderItem(1, __qtablewidgetitem16)
        __qtablewidgetitem17 = QTableWidgetItem()
        self.attachmentsTable.setHorizontalHeaderItem(2, __qtablewidgetitem17)
        __qtablewidgetitem18 = QTableWidgetItem()
        self.attachmentsTable.setHorizontalHeaderItem(3, __qtablewidgetitem18)
        __qtablewidgetitem19 = QTableWidgetItem()
        self.attachmentsTable.setHorizontalHeaderItem(4, __qtablewidgetitem19)
        __qtablewidgetitem20 = QTableWidgetItem()
        self.attachmentsTable.setHorizontalHeaderItem(5, __qtablewidgetitem20)
        self.attachmentsTable.setObjectName(u"attachmentsTable")
        self.attachmentsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.attachmentsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.attachmentsTable.horizontalHeader().setStretchLastSection(True)

        self.attachmentsLayout.addWidget(self.attachmentsTable)

        self.attachmentButtons = QHBoxLayout()
        self.attachmentButtons.setObjectName(u"attachmentButtons")
        self.addAttachmentButton = QPushButton(self.attachmentsPage)
        self.addAttachmentButton.setObjectName(u"addAttachmentButton")

        self.attachmentButtons.addWidget(self.addAttachmentButton)

        self.openAttachmentButton = QPushButton(self.attachmentsPage)
        self.openAttachmentButton.setObjectName(u"openAttachmentButton")

        self.attachmentButtons.addWidget(self.openAttachmentButton)

        self.removeAttachmentButton = QPushButton(self.attachmentsPage)
        self.removeAttachmentButton.setObjectName(u"removeAttachmentButton")

        self.attachmentButtons.addWidget(self.removeAttachmentButton)

        self.attachmentButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.attachmentButtons.addItem(self.attachmentButtonsSpacer)


        self.attachmentsLayout.addLayout(self.attachmentButtons)

        self.attachmentHint = QLabel(self.attachmentsPage)
        self.attachmentHint.setObjectName(u"attachmentHint")
        self.attachmentHint.setWordWrap(True)
        self.attachmentHint.setStyleSheet(u"color: #555;")

        self.attachmentsLayout.addWidget(self.attachmentHint)

        self.steps.addWidget(self.attachmentsPage)
        self.checkPage = QWidget()
        self.checkPage.setObjectName(u"checkPage")
        self.checkLayout = QVBoxLayout(self.checkPage)
        self.checkLayout.setObjectName(u"checkLayout")
        self.checkHeading = QLabel(self.checkPage)
        self.checkHeading.setObjectName(u"checkHeading")
        self.checkHeading.setStyleSheet(u"font-weight: bold; font-size: 11pt; padding: 2px 0 6px 0;")

        self.checkLayout.addWidget(self.checkHeading)

        self.checkSummaryLabel = QLabel(self.checkPage)
        self.checkSummaryLabel.setObjectName(u"checkSummaryLabel")
        self.checkSummaryLabel.setWordWrap(True)

        self.checkLayout.addWidget(self.checkSummaryLabel)

        self.findingsTable = QTableWidget(self.checkPage)
        if (self.findingsTable.columnCount() < 5):
            self.findingsTable.setColumnCount(5)
        __qtablewidgetitem21 = QTableWidgetItem()
        self.findingsTable.setHorizontalHeaderItem(0, __qtablewidgetitem21)
        __qtablewidgetitem22 = QTableWidgetItem()
        self.findingsTable.setHorizontalHeaderItem(1, __qtablewidgetitem22)
        __qtablewidgetitem23 = QTableWidgetItem()
        self.findingsTable.setHorizontalHeaderItem(2, __qtablewidgetitem23)
        __qtablewidgetitem24 = QTableWidgetItem()
        self.findingsTable.setHorizontalHeaderItem(3, __qtablewidgetitem24)
        __qtablewidgetitem25 = QTableWidgetItem()
        self.findingsTable.setHorizontalHeaderItem(4, __qtablewidgetitem25)
        self.findingsTable.setObjectName(u"findingsTable")
        self.findingsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.findingsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.findingsTable.horizontalHeader().setStretchLastSection(True)

        self.checkLayout.addWidget(self.findingsTable)

        self.checkButtons = QGridLayout()
        self.checkButtons.setObjectName(u"checkButtons")
        self.goToFieldButton = QPushButton(self.checkPage)
        self.goToFieldButton.setObjectName(u"goToFieldButton")

        self.checkButtons.addWidget(self.goToFieldButton, 0, 0, 1, 1)

        self.acknowledgeButton = QPushButton(self.checkPage)
        self.acknowledgeButton.setObjectName(u"acknowledgeButton")

        self.checkButtons.addWidget(self.acknowledgeButton, 0, 1, 1, 1)

        self.compareButton = QPushButton(self.checkPage)
        self.compareButton.setObjectName(u"compareButton")

        self.checkButtons.addWidget(self.compareButton, 1, 0, 1, 1)

        self.recheckButton = QPushButton(self.checkPage)
        self.recheckButton.setObjectName(u"recheckButton")

        self.checkButtons.addWidget(self.recheckButton, 1, 1, 1, 1)

        self.checkButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.checkButtons.addItem(self.checkButtonsSpacer, 0, 2, 1, 1)


        self.checkLayout.addLayout(self.checkButtons)

        self.disclaimerLabel = QLabel(self.checkPage)
        self.disclaimerLabel.setObjectName(u"disclaimerLabel")
        self.disclaimerLabel.setWordWrap(True)
        self.disclaimerLabel.setStyleSheet(u"color: #555;")

        self.checkLayout.addWidget(self.disclaimerLabel)

        self.steps.addWidget(self.checkPage)

        self.mainRow.addWidget(self.steps)

        self.sideLayout = QVBoxLayout()
        self.sideLayout.setObjectName(u"sideLayout")
        self.helpBox = QTextBrowser(DossierEditor)
        self.helpBox.setObjectName(u"helpBox")
        self.helpBox.setMinimumSize(QSize(300, 0))
        self.helpBox.setMaximumSize(QSize(360, 16777215))
        self.helpBox.setOpenLinks(False)

        self.sideLayout.addWidget(self.helpBox)

        self.panelSummaryLabel = QLabel(DossierEditor)
        self.panelSummaryLabel.setObjectName(u"panelSummaryLabel")
        self.panelSummaryLabel.setWordWrap(True)
        self.panelSummaryLabel.setMaximumSize(QSize(360, 16777215))

        self.sideLayout.addWidget(self.panelSummaryLabel)

        self.findingsList = QListWidget(DossierEditor)
        self.findingsList.setObjectName(u"findingsList")
        self.findingsList.setMaximumSize(QSize(360, 16777215))
        self.findingsList.setWordWrap(True)
        self.findingsList.setAlternatingRowColors(True)

        self.sideLayout.addWidget(self.findingsList)


        self.mainRow.addLayout(self.sideLayout)


        self.editorLayout.addLayout(self.mainRow)

        self.errorLabel = QLabel(DossierEditor)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setVisible(False)
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"QLabel { color: #8b0000; background: #fde8e8; border: 1px solid #e0a0a0; padding: 6px; }")

        self.editorLayout.addWidget(self.errorLabel)

        self.bottomRow = QHBoxLayout()
        self.bottomRow.setObjectName(u"bottomRow")
        self.prevButton = QPushButton(DossierEditor)
        self.prevButton.setObjectName(u"prevButton")

        self.bottomRow.addWidget(self.prevButton)

        self.nextButton = QPushButton(DossierEditor)
        self.nextButton.setObjectName(u"nextButton")

        self.bottomRow.addWidget(self.nextButton)

        self.historyButton = QPushButton(DossierEditor)
        self.historyButton.setObjectName(u"historyButton")

        self.bottomRow.addWidget(self.historyButton)

        self.autosaveLabel = QLabel(DossierEditor)
        self.autosaveLabel.setObjectName(u"autosaveLabel")
        self.autosaveLabel.setStyleSheet(u"color: #555;")

        self.bottomRow.addWidget(self.autosaveLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomRow.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(DossierEditor)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.bottomRow.addWidget(self.buttonBox)


        self.editorLayout.addLayout(self.bottomRow)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.campaignLabel.setBuddy(self.campaignCombo)
        self.solutionTypeLabel.setBuddy(self.solutionTypeCombo)
        self.targetGroupLabel.setBuddy(self.targetGroupCombo)
        self.fieldLabel.setBuddy(self.fieldEdit)
        self.unitLabel.setBuddy(self.unitCombo)
        self.provinceLabel.setBuddy(self.provinceCombo)
        self.sectorLabel.setBuddy(self.sectorCombo)
        self.investorLabel.setBuddy(self.investorEdit)
        self.statusLabel.setBuddy(self.statusActButton)
        self.notesLabel.setBuddy(self.notesEdit)
        self.beforeLabel.setBuddy(self.beforeEdit)
        self.solutionLabel.setBuddy(self.solutionEdit)
        self.noveltyLabel.setBuddy(self.noveltyEdit)
        self.confidentialLabel.setBuddy(self.confidentialEdit)
        self.portalLabel.setBuddy(self.portalEdit)
        self.benefitAuthorVndLabel.setBuddy(self.benefitAuthorVndEdit)
        self.benefitAuthorSocialLabel.setBuddy(self.benefitAuthorSocialEdit)
        self.benefitUnitVndLabel.setBuddy(self.benefitUnitVndEdit)
        self.benefitUnitSocialLabel.setBuddy(self.benefitUnitSocialEdit)
        self.benefitCalculationLabel.setBuddy(self.benefitCalculationEdit)
        self.firstAppliedLabel.setBuddy(self.firstAppliedEdit)
        self.conditionsLabel.setBuddy(self.conditionsEdit)
        self.researchLabel.setBuddy(self.researchAcceptedEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DossierEditor)

        self.steps.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(DossierEditor)
    # setupUi

    def retranslateUi(self, DossierEditor):
        DossierEditor.setWindowTitle(QCoreApplication.translate("DossierEditor", u"H\u1ed3 s\u01a1 s\u00e1ng ki\u1ebfn", None))
        self.otherVersionButton.setText(QCoreApplication.translate("DossierEditor", u"M\u1edf phi\u00ean b\u1ea3n kh\u00e1c", None))
        self.newVersionButton.setText(QCoreApplication.translate("DossierEditor", u"T\u1ea1o phi\u00ean b\u1ea3n s\u1eeda \u0111\u1ed5i", None))

        __sortingEnabled = self.stepList.isSortingEnabled()
        self.stepList.setSortingEnabled(False)
        ___qlistwidgetitem = self.stepList.item(0)
        ___qlistwidgetitem.setText(QCoreApplication.translate("DossierEditor", u"1. Th\u00f4ng tin chung", None))
        ___qlistwidgetitem1 = self.stepList.item(1)
        ___qlistwidgetitem1.setText(QCoreApplication.translate("DossierEditor", u"2. T\u00e1c gi\u1ea3", None))
        ___qlistwidgetitem2 = self.stepList.item(2)
        ___qlistwidgetitem2.setText(QCoreApplication.translate("DossierEditor", u"3. M\u00f4 t\u1ea3 gi\u1ea3i ph\u00e1p", None))
        ___qlistwidgetitem3 = self.stepList.item(3)
        ___qlistwidgetitem3.setText(QCoreApplication.translate("DossierEditor", u"4. L\u1ee3i \u00edch", None))
        ___qlistwidgetitem4 = self.stepList.item(4)
        ___qlistwidgetitem4.setText(QCoreApplication.translate("DossierEditor", u"5. \u00c1p d\u1ee5ng", None))
        ___qlistwidgetitem5 = self.stepList.item(5)
        ___qlistwidgetitem5.setText(QCoreApplication.translate("DossierEditor", u"6. \u0110\u00ednh k\u00e8m", None))
        ___qlistwidgetitem6 = self.stepList.item(6)
        ___qlistwidgetitem6.setText(QCoreApplication.translate("DossierEditor", u"7. Ki\u1ec3m tra", None))
        self.stepList.setSortingEnabled(__sortingEnabled)

        self.generalHeading.setText(QCoreApplication.translate("DossierEditor", u"1. Th\u00f4ng tin chung", None))
        self.titleLabel.setText(QCoreApplication.translate("DossierEditor", u"T\u00ean s\u00e1ng ki\u1ebfn (*):", None))
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("DossierEditor", u"V\u00ed d\u1ee5: C\u1ea3i ti\u1ebfn quy tr\u00ecnh ki\u1ec3m tra ch\u1ea5t l\u01b0\u1ee3ng \u0111\u01b0\u1eddng may", None))
        self.codeLabel.setText(QCoreApplication.translate("DossierEditor", u"M\u00e3 h\u1ed3 s\u01a1:", None))
        self.codeValue.setText(QCoreApplication.translate("DossierEditor", u"(t\u1ef1 c\u1ea5p khi l\u01b0u)", None))
        self.campaignLabel.setText(QCoreApplication.translate("DossierEditor", u"Ch\u01b0\u01a1ng tr\u00ecnh:", None))
        self.solutionTypeLabel.setText(QCoreApplication.translate("DossierEditor", u"Lo\u1ea1i gi\u1ea3i ph\u00e1p (*):", None))
        self.targetGroupLabel.setText(QCoreApplication.translate("DossierEditor", u"\u0110\u1ed1i t\u01b0\u1ee3ng:", None))
        self.fieldLabel.setText(QCoreApplication.translate("DossierEditor", u"L\u0129nh v\u1ef1c \u00e1p d\u1ee5ng (*):", None))
        self.fieldEdit.setPlaceholderText(QCoreApplication.translate("DossierEditor", u"V\u00ed d\u1ee5: S\u1ea3n xu\u1ea5t h\u00e0ng may m\u1eb7c; Qu\u1ea3n l\u00fd h\u00e0nh ch\u00ednh", None))
        self.unitLabel.setText(QCoreApplication.translate("DossierEditor", u"\u0110\u01a1n v\u1ecb \u00e1p d\u1ee5ng (*):", None))
        self.provinceLabel.setText(QCoreApplication.translate("DossierEditor", u"T\u1ec9nh, th\u00e0nh ph\u1ed1:", None))
        self.sectorLabel.setText(QCoreApplication.translate("DossierEditor", u"Kh\u1ed1i:", None))
        self.investorLabel.setText(QCoreApplication.translate("DossierEditor", u"Ch\u1ee7 \u0111\u1ea7u t\u01b0 t\u1ea1o ra s\u00e1ng ki\u1ebfn:", None))
        self.investorEdit.setPlaceholderText(QCoreApplication.translate("DossierEditor", u"\u0110\u1ec3 tr\u1ed1ng n\u1ebfu t\u00e1c gi\u1ea3 t\u1ef1 \u0111\u1ea7u t\u01b0", None))
        self.statusLabel.setText(QCoreApplication.translate("DossierEditor", u"Tr\u1ea1ng th\u00e1i:", None))
        self.statusActButton.setText(QCoreApplication.translate("DossierEditor", u"N\u1ed9p H\u1ed9i \u0111\u1ed3ng", None))
        self.statusHint.setText(QCoreApplication.translate("DossierEditor", u"Tr\u1ea1ng th\u00e1i \u0111i theo vi\u1ec7c \u0111\u00e3 l\u00e0m: n\u1ed9p H\u1ed9i \u0111\u1ed3ng, quy\u1ebft \u0111\u1ecbnh c\u00f4ng nh\u1eadn, \u0111\u1ee3t \u0111\u1ec1 ngh\u1ecb \u0111\u00e3 g\u1eedi, \u0111\u00e1nh d\u1ea5u \u0111\u00e3 c\u1eadp nh\u1eadt l\u00ean C\u1ed5ng. Mu\u1ed1n quay l\u1ea1i th\u00ec r\u00fat vi\u1ec7c \u0111\u00f3, c\u00f3 ghi l\u00fd do.", None))
        self.notesLabel.setText(QCoreApplication.translate("DossierEditor", u"Ghi ch\u00fa n\u1ed9i b\u1ed9:", None))
        self.notesEdit.setPlaceholderText(QCoreApplication.translate("DossierEditor", u"Ch\u1ec9 l\u01b0u trong m\u00e1y, kh\u00f4ng in ra v\u0103n b\u1ea3n", None))
        self.authorsHeading.setText(QCoreApplication.translate("DossierEditor", u"2. T\u00e1c gi\u1ea3", None))
        ___qtablewidgetitem = self.authorsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("DossierEditor", u"H\u1ecd v\u00e0 t\u00ean", None))
        ___qtablewidgetitem1 = self.authorsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("DossierEditor", u"Ng\u00e0y sinh", None))
        ___qtablewidgetitem2 = self.authorsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("DossierEditor", u"N\u01a1i c\u00f4ng t\u00e1c", None))
        ___qtablewidgetitem3 = self.authorsTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("DossierEditor", u"Ch\u1ee9c danh", None))
        ___qtablewidgetitem4 = self.authorsTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("DossierEditor", u"Tr\u00ecnh \u0111\u1ed9 chuy\u00ean m\u00f4n", None))
        ___qtablewidgetitem5 = self.authorsTable.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("DossierEditor", u"S\u1ed1 CCCD", None))
        ___qtablewidgetitem6 = self.authorsTable.horizontalHeaderItem(6)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("DossierEditor", u"\u0110i\u1ec7n tho\u1ea1i", None))
        ___qtablewidgetitem7 = self.authorsTable.horizontalHeaderItem(7)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("DossierEditor", u"T\u1ef7 l\u1ec7 \u0111\u00f3ng g\u00f3p (%)", None))
        ___qtablewidgetitem8 = self.authorsTable.horizontalHeaderItem(8)
        ___qtablewidgetitem8.setText(QCoreApplication.translate("DossierEditor", u"Ch\u1ee7 nhi\u1ec7m", None))
        self.addAuthorButton.setText(QCoreApplication.translate("DossierEditor", u"Th\u00eam t\u00e1c gi\u1ea3", None))
        self.removeAuthorButton.setText(QCoreApplication.translate("DossierEditor", u"X\u00f3a t\u00e1c gi\u1ea3", None))
        self.authorUpButton.setText(QCoreApplication.translate("DossierEditor", u"L\u00ean", None))
        self.authorDownButton.setText(QCoreApplication.translate("DossierEditor", u"Xu\u1ed1ng", None))
        self.shareTotalLabel.setText("")
        self.creditedLabel.setText("")
        self.authorsHint.setText(QCoreApplication.translate("DossierEditor", u"S\u1ed1 CCCD v\u00e0 \u0111i\u1ec7n tho\u1ea1i l\u00e0 d\u1eef li\u1ec7u c\u00e1 nh\u00e2n: ch\u1ec9 d\u00f9ng cho c\u1ed5ng tr\u1ef1c tuy\u1ebfn, kh\u00f4ng in tr\u00ean gi\u1ea5y t\u1edd h\u1ecdp.", None))
        self.descriptionHeading.setText(QCoreApplication.translate("DossierEditor", u"3. M\u00f4 t\u1ea3 gi\u1ea3i ph\u00e1p", None))
        self.beforeLabel.setText(QCoreApplication.translate("DossierEditor", u"T\u00ecnh tr\u1ea1ng tr\u01b0\u1edbc khi c\u00f3 s\u00e1ng ki\u1ebfn:", None))
        self.beforeEdit.setPlaceholderText(QCoreApplication.translate("DossierEditor", u"C\u00f4ng vi\u1ec7c \u0111\u01b0\u1ee3c l\u00e0m th\u1ebf n\u00e0o, c\u00f3 kh\u00f3 kh\u0103n, h\u1ea1n ch\u1ebf g\u00ec", None))
        self.solutionLabel.setText(QCoreApplication.translate("DossierEditor", u"M\u00f4 t\u1ea3 b\u1ea3n ch\u1ea5t c\u1ee7a s\u00e1ng ki\u1ebfn (*):", None))
        self.solutionEdit.setPlaceholderText(QCoreApplication.translate("DossierEditor", u"Gi\u1ea3i ph\u00e1p g\u1ed3m nh\u1eefng b\u01b0\u1edbc n\u00e0o, l\u00e0m nh\u01b0 th\u1ebf n\u00e0o", None))
        self.noveltyLabel.setText(QCoreApplication.translate("DossierEditor", u"T\u00ednh m\u1edbi:", None))
        self.noveltyEdit.setPlaceholderText(QCoreApplication.translate("DossierEditor", u"\u0110i\u1ec3m kh\u00e1c v\u1edbi c\u00e1ch l\u00e0m tr\u01b0\u1edbc \u0111\u00e2y t\u1ea1i \u0111\u01a1n v\u1ecb", None))
        self.confidentialLabel.setText(QCoreApplication.translate("DossierEditor", u"Th\u00f4ng tin c\u1ea7n \u0111\u01b0\u1ee3c b\u1ea3o m\u1eadt:", None))
        self.confidentialEdit.setPlaceholderText(QCoreApplication.translate("DossierEditor", u"N\u1ebfu kh\u00f4ng c\u00f3, \u0111\u1ec3 tr\u1ed1ng", None))
        self.portalLabel.setText(QCoreApplication.translate("DossierEditor", u"M\u00f4 t\u1ea3 tr\u00ean c\u1ed5ng tr\u1ef1c tuy\u1ebfn:", None))
        self.portalEdit.setPlaceholderText(QCoreApplication.translate("DossierEditor", u"B\u1ea3n t\u00f3m t\u1eaft \u0111\u1ec3 d\u00e1n v\u00e0o \u00f4 m\u00f4 t\u1ea3 c\u1ee7a c\u1ed5ng", None))
        self.portalCountLabel.setText("")
        self.buildPortalButton.setText(QCoreApplication.translate("DossierEditor", u"T\u1ea1o t\u1eeb ph\u1ea7n m\u00f4 t\u1ea3\u2026", None))
        self.benefitsHeading.setText(QCoreApplication.translate("DossierEditor", u"4. L\u1ee3i \u00edch", None))
        self.benefitAuthorHeading.setText(QCoreApplication.translate("DossierEditor", u"Theo \u00fd ki\u1ebfn c\u1ee7a t\u00e1c gi\u1ea3", None))
        self.benefitAuthorVndLabel.setText(QCoreApplication.translate("DossierEditor", u"Gi\u00e1 tr\u1ecb l\u00e0m l\u1ee3i (\u0111\u1ed3ng):", None))
        self.benefitAuthorVndEdit.setPlaceholderText(QCoreApplication.translate("DossierEditor", u"V\u00ed d\u1ee5: 120.000.000", None))
        self.benefitAuthorSocialLabel.setText(QCoreApplication.translate("DossierEditor", u"L\u1ee3i \u00edch x\u00e3 h\u1ed9i:", None))
        self.benefitUnitHeading.setText(QCoreApplication.translate("DossierEditor", u"Theo \u00fd ki\u1ebfn c\u1ee7a t\u1ed5 ch\u1ee9c, c\u00e1 nh\u00e2n \u0111\u00e3 \u00e1p d\u1ee5ng", None))
        self.benefitUnitVndLabel.setText(QCoreApplication.translate("DossierEditor", u"Gi\u00e1 tr\u1ecb l\u00e0m l\u1ee3i (\u0111\u1ed3ng):", None))
        self.benefitUnitVndEdit.setPlaceholderText(QCoreApplication.translate("DossierEditor", u"V\u00ed d\u1ee5: 120.000.000", None))
        self.benefitUnitSocialLabel.setText(QCoreApplication.translate("DossierEditor", u"L\u1ee3i \u00edch x\u00e3 h\u1ed9i:", None))
        self.benefitCalculationLabel.setText(QCoreApplication.translate("DossierEditor", u"C\u00e1ch t\u00ednh gi\u00e1 tr\u1ecb l\u00e0m l\u1ee3i:", None))
        self.benefitCalculationEdit.setPlaceholderText(QCoreApplication.translate("DossierEditor", u"V\u00ed d\u1ee5: ti\u1ebft ki\u1ec7m 2 gi\u1edd c\u00f4ng/ng\u00e0y \u00d7 250 ng\u00e0y \u00d7 60.000 \u0111\u1ed3ng/gi\u1edd", None))
        self.applicationHeading.setText(QCoreApplication.translate("DossierEditor", u"5. \u00c1p d\u1ee5ng", None))
        self.firstAppliedLabel.setText(QCoreApplication.translate("DossierEditor", u"Ng\u00e0y \u00e1p d\u1ee5ng l\u1ea7n \u0111\u1ea7u (*):", None))
        self.firstAppliedEdit.setPlaceholderText(QCoreApplication.translate("DossierEditor", u"ng\u00e0y/th\u00e1ng/n\u0103m, v\u00ed d\u1ee5 15/09/2022", None))
        self.trialCheck.setText(QCoreApplication.translate("DossierEditor", u"\u00c1p d\u1ee5ng th\u1eed", None))
        self.conditionsLabel.setText(QCoreApplication.translate("DossierEditor", u"\u0110i\u1ec1u ki\u1ec7n c\u1ea7n thi\u1ebft \u0111\u1ec3 \u00e1p d\u1ee5ng:", None))
        self.researchLabel.setText(QCoreApplication.translate("DossierEditor", u"\u0110\u1ec1 t\u00e0i: ng\u00e0y nghi\u1ec7m thu:", None))
        self.researchAcceptedEdit.setPlaceholderText(QCoreApplication.translate("DossierEditor", u"ng\u00e0y/th\u00e1ng/n\u0103m, v\u00ed d\u1ee5 15/09/2022", None))
        self.headConfirmedCheck.setText(QCoreApplication.translate("DossierEditor", u"C\u00f3 x\u00e1c nh\u1eadn c\u1ee7a th\u1ee7 tr\u01b0\u1edfng \u0111\u01a1n v\u1ecb", None))
        self.attestGroup.setTitle(QCoreApplication.translate("DossierEditor", u"Cam \u0111oan c\u1ee7a t\u00e1c gi\u1ea3 (Ngh\u1ecb \u0111\u1ecbnh 13/2012/N\u0110-CP, \u0110i\u1ec1u 3\u20134)", None))
        self.publicOrderCheck.setText(QCoreApplication.translate("DossierEditor", u"S\u00e1ng ki\u1ebfn kh\u00f4ng tr\u00e1i v\u1edbi tr\u1eadt t\u1ef1 c\u00f4ng c\u1ed9ng, \u0111\u1ea1o \u0111\u1ee9c x\u00e3 h\u1ed9i", None))
        self.noIpCheck.setText(QCoreApplication.translate("DossierEditor", u"S\u00e1ng ki\u1ebfn kh\u00f4ng thu\u1ed9c \u0111\u1ed1i t\u01b0\u1ee3ng \u0111ang \u0111\u01b0\u1ee3c b\u1ea3o h\u1ed9 quy\u1ec1n s\u1edf h\u1eefu tr\u00ed tu\u1ec7", None))
        self.disputeGroup.setTitle(QCoreApplication.translate("DossierEditor", u"T\u00ecnh tr\u1ea1ng h\u1ed3 s\u01a1", None))
        self.complaintCheck.setText(QCoreApplication.translate("DossierEditor", u"C\u00f3 khi\u1ebfu n\u1ea1i v\u1ec1 n\u1ed9i dung ho\u1eb7c k\u1ebft qu\u1ea3", None))
        self.disputeCheck.setText(QCoreApplication.translate("DossierEditor", u"C\u00f3 tranh ch\u1ea5p v\u1ec1 quy\u1ec1n t\u00e1c gi\u1ea3", None))
        self.appliersHeading.setText(QCoreApplication.translate("DossierEditor", u"Ng\u01b0\u1eddi tham gia \u00e1p d\u1ee5ng th\u1eed ho\u1eb7c \u00e1p d\u1ee5ng l\u1ea7n \u0111\u1ea7u", None))
        ___qtablewidgetitem9 = self.appliersTable.horizontalHeaderItem(0)
        ___qtablewidgetitem9.setText(QCoreApplication.translate("DossierEditor", u"H\u1ecd v\u00e0 t\u00ean", None))
        ___qtablewidgetitem10 = self.appliersTable.horizontalHeaderItem(1)
        ___qtablewidgetitem10.setText(QCoreApplication.translate("DossierEditor", u"Ng\u00e0y sinh", None))
        ___qtablewidgetitem11 = self.appliersTable.horizontalHeaderItem(2)
        ___qtablewidgetitem11.setText(QCoreApplication.translate("DossierEditor", u"N\u01a1i c\u00f4ng t\u00e1c", None))
        ___qtablewidgetitem12 = self.appliersTable.horizontalHeaderItem(3)
        ___qtablewidgetitem12.setText(QCoreApplication.translate("DossierEditor", u"Ch\u1ee9c danh", None))
        ___qtablewidgetitem13 = self.appliersTable.horizontalHeaderItem(4)
        ___qtablewidgetitem13.setText(QCoreApplication.translate("DossierEditor", u"Tr\u00ecnh \u0111\u1ed9 chuy\u00ean m\u00f4n", None))
        ___qtablewidgetitem14 = self.appliersTable.horizontalHeaderItem(5)
        ___qtablewidgetitem14.setText(QCoreApplication.translate("DossierEditor", u"N\u1ed9i dung c\u00f4ng vi\u1ec7c h\u1ed7 tr\u1ee3", None))
        self.addApplierButton.setText(QCoreApplication.translate("DossierEditor", u"Th\u00eam ng\u01b0\u1eddi", None))
        self.removeApplierButton.setText(QCoreApplication.translate("DossierEditor", u"X\u00f3a ng\u01b0\u1eddi", None))
        self.attachmentsHeading.setText(QCoreApplication.translate("DossierEditor", u"6. \u0110\u00ednh k\u00e8m", None))
        ___qtablewidgetitem15 = self.attachmentsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem15.setText(QCoreApplication.translate("DossierEditor", u"T\u00ean t\u1ec7p", None))
        ___qtablewidgetitem16 = self.attachmentsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem16.setText(QCoreApplication.translate("DossierEditor", u"Lo\u1ea1i", None))
        ___qtablewidgetitem17 = self.attachmentsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem17.setText(QCoreApplication.translate("DossierEditor", u"Dung l\u01b0\u1ee3ng", None))
        ___qtablewidgetitem18 = self.attachmentsTable.horizontalHeaderItem(3)
        ___qtablewidgetitem18.setText(QCoreApplication.translate("DossierEditor", u"Ng\u00e0y th\u00eam", None))
        ___qtablewidgetitem19 = self.attachmentsTable.horizontalHeaderItem(4)
        ___qtablewidgetitem19.setText(QCoreApplication.translate("DossierEditor", u"Gi\u1ea5y t\u1edd b\u1eaft bu\u1ed9c", None))
        ___qtablewidgetitem20 = self.attachmentsTable.horizontalHeaderItem(5)
        ___qtablewidgetitem20.setText(QCoreApplication.translate("DossierEditor", u"Ghi ch\u00fa", None))
        self.addAttachmentButton.setText(QCoreApplication.translate("DossierEditor", u"Th\u00eam t\u1ec7p\u2026", None))
        self.openAttachmentButton.setText(QCoreApplication.translate("DossierEditor", u"M\u1edf", None))
        self.removeAttachmentButton.setText(QCoreApplication.translate("DossierEditor", u"G\u1ee1 kh\u1ecfi h\u1ed3 s\u01a1", None))
        self.attachmentHint.setText(QCoreApplication.translate("DossierEditor", u"\u0110\u00ednh k\u00e8m \u1ea3nh, PDF ho\u1eb7c Word (DOCX): quy\u1ebft \u0111\u1ecbnh c\u00f4ng nh\u1eadn, t\u00e0i li\u1ec7u t\u00ednh gi\u00e1 tr\u1ecb l\u00e0m l\u1ee3i, \u1ea3nh s\u1ea3n ph\u1ea9m. \u1ede c\u1ed9t \u201cGi\u1ea5y t\u1edd b\u1eaft bu\u1ed9c\u201d, ch\u1ecdn gi\u1ea5y t\u1edd ch\u01b0\u01a1ng tr\u00ecnh y\u00eau c\u1ea7u m\u00e0 t\u1ec7p n\u00e0y l\u00e0. Kh\u00f4ng n\u00ean \u0111\u00ednh k\u00e8m \u1ea3nh ch\u1ee5p CCCD: \u0111\u00f3 l\u00e0 d\u1eef li\u1ec7u c\u00e1 nh\u00e2n nh\u1ea1y c\u1ea3m.", None))
        self.checkHeading.setText(QCoreApplication.translate("DossierEditor", u"7. Ki\u1ec3m tra", None))
        self.checkSummaryLabel.setText("")
        ___qtablewidgetitem21 = self.findingsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem21.setText(QCoreApplication.translate("DossierEditor", u"M\u1ee9c", None))
        ___qtablewidgetitem22 = self.findingsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem22.setText(QCoreApplication.translate("DossierEditor", u"N\u1ed9i dung", None))
        ___qtablewidgetitem23 = self.findingsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem23.setText(QCoreApplication.translate("DossierEditor", u"C\u00e1ch s\u1eeda", None))
        ___qtablewidgetitem24 = self.findingsTable.horizontalHeaderItem(3)
        ___qtablewidgetitem24.setText(QCoreApplication.translate("DossierEditor", u"C\u0103n c\u1ee9", None))
        ___qtablewidgetitem25 = self.findingsTable.horizontalHeaderItem(4)
        ___qtablewidgetitem25.setText(QCoreApplication.translate("DossierEditor", u"Quy t\u1eafc", None))
        self.goToFieldButton.setText(QCoreApplication.translate("DossierEditor", u"\u0110\u1ebfn ch\u1ed7 c\u1ea7n s\u1eeda", None))
        self.acknowledgeButton.setText(QCoreApplication.translate("DossierEditor", u"X\u00e1c nh\u1eadn b\u1ecf qua c\u1ea3nh b\u00e1o\u2026", None))
        self.compareButton.setText(QCoreApplication.translate("DossierEditor", u"So s\u00e1nh v\u1edbi h\u1ed3 s\u01a1 gi\u1ed1ng\u2026", None))
#if QT_CONFIG(tooltip)
        self.compareButton.setToolTip(QCoreApplication.translate("DossierEditor", u"Xem c\u1ea1nh nhau h\u1ed3 s\u01a1 n\u00e0y v\u00e0 c\u00e1c h\u1ed3 s\u01a1 gi\u1ed1ng n\u00f3 nh\u1ea5t trong d\u1eef li\u1ec7u (k\u1ec3 c\u1ea3 h\u1ed3 s\u01a1 nh\u1eadn \u0111\u01b0\u1ee3c), v\u1edbi c\u00e1c \u0111o\u1ea1n gi\u1ed1ng nhau \u0111\u01b0\u1ee3c t\u00f4 m\u00e0u", None))
#endif // QT_CONFIG(tooltip)
        self.recheckButton.setText(QCoreApplication.translate("DossierEditor", u"Ki\u1ec3m tra l\u1ea1i", None))
        self.disclaimerLabel.setText("")
        self.panelSummaryLabel.setText("")
        self.prevButton.setText(QCoreApplication.translate("DossierEditor", u"\u2039 B\u01b0\u1edbc tr\u01b0\u1edbc", None))
        self.nextButton.setText(QCoreApplication.translate("DossierEditor", u"B\u01b0\u1edbc ti\u1ebfp \u203a", None))
        self.historyButton.setText(QCoreApplication.translate("DossierEditor", u"L\u1ecbc&h s\u1eed\u2026", None))
        self.autosaveLabel.setText("")
    # retranslateUi

