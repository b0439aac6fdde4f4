# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dossier_editor.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QComboBox, QDialog, QDialogButtonBox, QFormLayout,
    QFrame, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QTabWidget,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_DossierEditor(object):
    def setupUi(self, DossierEditor):
        if not DossierEditor.objectName():
            DossierEditor.setObjectName(u"DossierEditor")
        DossierEditor.resize(1000, 720)
        self.editorLayout = QVBoxLayout(DossierEditor)
        self.editorLayout.setObjectName(u"editorLayout")
        self.tabs = QTabWidget(DossierEditor)
        self.tabs.setObjectName(u"tabs")
        self.generalTab = QWidget()
        self.generalTab.setObjectName(u"generalTab")
        self.generalTabLayout = QVBoxLayout(self.generalTab)
        self.generalTabLayout.setObjectName(u"generalTabLayout")
        self.generalTabScroll = QScrollArea(self.generalTab)
        self.generalTabScroll.setObjectName(u"generalTabScroll")
        self.generalTabScroll.setWidgetResizable(True)
        self.generalTabScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.generalTabContents = QWidget()
        self.generalTabContents.setObjectName(u"generalTabContents")
        self.generalForm = QFormLayout(self.generalTabContents)
        self.generalForm.setObjectName(u"generalForm")
        self.generalForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.titleLabel = QLabel(self.generalTabContents)
        self.titleLabel.setObjectName(u"titleLabel")

        self.generalForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(self.generalTabContents)
        self.titleEdit.setObjectName(u"titleEdit")

        self.generalForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.codeLabel = QLabel(self.generalTabContents)
        self.codeLabel.setObjectName(u"codeLabel")

        self.generalForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.codeValue = QLabel(self.generalTabContents)
        self.codeValue.setObjectName(u"codeValue")

        self.generalForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.codeValue)

        self.campaignLabel = QLabel(self.generalTabContents)
        self.campaignLabel.setObjectName(u"campaignLabel")

        self.generalForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.campaignLabel)

        self.campaignCombo = QComboBox(self.generalTabContents)
        self.campaignCombo.setObjectName(u"campaignCombo")

        self.generalForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.campaignCombo)

        self.solutionTypeLabel = QLabel(self.generalTabContents)
        self.solutionTypeLabel.setObjectName(u"solutionTypeLabel")

        self.generalForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.solutionTypeLabel)

        self.solutionTypeCombo = QComboBox(self.generalTabContents)
        self.solutionTypeCombo.setObjectName(u"solutionTypeCombo")

        self.generalForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.solutionTypeCombo)

        self.targetGroupLabel = QLabel(self.generalTabContents)
        self.targetGroupLabel.setObjectName(u"targetGroupLabel")

        self.generalForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.targetGroupLabel)

        self.targetGroupCombo = QComboBox(self.generalTabContents)
        self.targetGroupCombo.setObjectName(u"targetGroupCombo")

        self.generalForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.targetGroupCombo)

        self.fieldLabel = QLabel(self.generalTabContents)
        self.fieldLabel.setObjectName(u"fieldLabel")

        self.generalForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.fieldLabel)

        self.fieldEdit = QLineEdit(self.generalTabContents)
        self.fieldEdit.setObjectName(u"fieldEdit")

        self.generalForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.fieldEdit)

        self.unitLabel = QLabel(self.generalTabContents)
        self.unitLabel.setObjectName(u"unitLabel")

        self.generalForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.unitLabel)

        self.unitCombo = QComboBox(self.generalTabContents)
        self.unitCombo.setObjectName(u"unitCombo")
        self.unitCombo.setEditable(True)

        self.generalForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.unitCombo)

        self.provinceLabel = QLabel(self.generalTabContents)
        self.provinceLabel.setObjectName(u"provinceLabel")

        self.generalForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.provinceLabel)

        self.provinceCombo = QComboBox(self.generalTabContents)
        self.provinceCombo.setObjectName(u"provinceCombo")

        self.generalForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.provinceCombo)

        self.sectorLabel = QLabel(self.generalTabContents)
        self.sectorLabel.setObjectName(u"sectorLabel")

        self.generalForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.sectorLabel)

        self.sectorCombo = QComboBox(self.generalTabContents)
        self.sectorCombo.setObjectName(u"sectorCombo")

        self.generalForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.sectorCombo)

        self.investorLabel = QLabel(self.generalTabContents)
        self.investorLabel.setObjectName(u"investorLabel")

        self.generalForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.investorLabel)

        self.investorEdit = QLineEdit(self.generalTabContents)
        self.investorEdit.setObjectName(u"investorEdit")

        self.generalForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.investorEdit)

        self.firstAppliedLabel = QLabel(self.generalTabContents)
        self.firstAppliedLabel.setObjectName(u"firstAppliedLabel")

        self.generalForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.firstAppliedLabel)

        self.firstAppliedRow = QHBoxLayout()
        self.firstAppliedRow.setObjectName(u"firstAppliedRow")
        self.firstAppliedEdit = QLineEdit(self.generalTabContents)
        self.firstAppliedEdit.setObjectName(u"firstAppliedEdit")

        self.firstAppliedRow.addWidget(self.firstAppliedEdit)

        self.trialCheck = QCheckBox(self.generalTabContents)
        self.trialCheck.setObjectName(u"trialCheck")

        self.firstAppliedRow.addWidget(self.trialCheck)

        self.firstAppliedRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.firstAppliedRow.addItem(self.firstAppliedRowSpacer)


        self.generalForm.setLayout(10, QFormLayout.ItemRole.FieldRole, self.firstAppliedRow)

        self.statusLabel = QLabel(self.generalTabContents)
        self.statusLabel.setObjectName(u"statusLabel")

        self.generalForm.setWidget(11, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(self.generalTabContents)
        self.statusCombo.setObjectName(u"statusCombo")

        self.generalForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.notesLabel = QLabel(self.generalTabContents)
        self.notesLabel.setObjectName(u"notesLabel")

        self.generalForm.setWidget(12, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(self.generalTabContents)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)

        self.generalForm.setWidget(12, QFormLayout.ItemRole.FieldRole, self.notesEdit)

        self.generalTabScroll.setWidget(self.generalTabContents)

        self.generalTabLayout.addWidget(self.generalTabScroll)

        self.tabs.addTab(self.generalTab, "")
        self.authorsTab = QWidget()
        self.authorsTab.setObjectName(u"authorsTab")
        self.authorsLayout = QVBoxLayout(self.authorsTab)
        self.authorsLayout.setObjectName(u"authorsLayout")
        self.authorsGroup = QGroupBox(self.authorsTab)
        self.authorsGroup.setObjectName(u"authorsGroup")
        self.authorsGroupLayout = QVBoxLayout(self.authorsGroup)
        self.authorsGroupLayout.setObjectName(u"authorsGroupLayout")
        self.authorsTable = QTableWidget(self.authorsGroup)
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

        self.authorsGroupLayout.addWidget(self.authorsTable)

        self.authorButtons = QHBoxLayout()
        self.authorButtons.setObjectName(u"authorButtons")
        self.addAuthorButton = QPushButton(self.authorsGroup)
        self.addAuthorButton.setObjectName(u"addAuthorButton")

        self.authorButtons.addWidget(self.addAuthorButton)

        self.removeAuthorButton = QPushButton(self.authorsGroup)
        self.removeAuthorButton.setObjectName(u"removeAuthorButton")

        self.authorButtons.addWidget(self.removeAuthorButton)

        self.authorUpButton = QPushButton(self.authorsGroup)
        self.authorUpButton.setObjectName(u"authorUpButton")

        self.authorButtons.addWidget(self.authorUpButton)

        self.authorDownButton = QPushButton(self.authorsGroup)
        self.authorDownButton.setObjectName(u"authorDownButton")

        self.authorButtons.addWidget(self.authorDownButton)

        self.shareTotalLabel = QLabel(self.authorsGroup)
        self.shareTotalLabel.setObjectName(u"shareTotalLabel")

        self.authorButtons.addWidget(self.shareTotalLabel)

        self.authorButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.authorButtons.addItem(self.authorButtonsSpacer)


        self.authorsGroupLayout.addLayout(self.authorButtons)


        self.authorsLayout.addWidget(self.authorsGroup)

        self.appliersGroup = QGroupBox(self.authorsTab)
        self.appliersGroup.setObjectName(u"appliersGroup")
        self.appliersGroupLayout = QVBoxLayout(self.appliersGroup)
        self.appliersGroupLayout.setObjectName(u"appliersGroupLayout")
        self.appliersTable = QTableWidget(self.appliersGroup)
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

        self.appliersGroupLayout.addWidget(self.appliersTable)

        self.applierButtons = QHBoxLayout()
        self.applierButtons.setObjectName(u"applierButtons")
        self.addApplierButton = QPushButton(self.appliersGroup)
        self.addApplierButton.setObjectName(u"addApplierButton")

        self.applierButtons.addWidget(self.addApplierButton)

        self.removeApplierButton = QPushButton(self.appliersGroup)
        self.removeApplierButton.setObjectName(u"removeApplierButton")

        self.applierButtons.addWidget(self.removeApplierButton)

        self.applierButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.applierButtons.addItem(self.applierButtonsSpacer)


        self.appliersGroupLayout.addLayout(self.applierButtons)


        self.authorsLayout.addWidget(self.appliersGroup)

        self.tabs.addTab(self.authorsTab, "")
        self.descriptionTab = QWidget()
        self.descriptionTab.setObjectName(u"descriptionTab")
        self.descriptionTabLayout = QVBoxLayout(self.descriptionTab)
        self.descriptionTabLayout.setObjectName(u"descriptionTabLayout")
        self.descriptionTabScroll = QScrollArea(self.descriptionTab)
        self.descriptionTabScroll.setObjectName(u"descriptionTabScroll")
        self.descriptionTabScroll.setWidgetResizable(True)
        self.descriptionTabScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.descriptionTabContents = QWidget()
        self.descriptionTabContents.setObjectName(u"descriptionTabContents")
        self.descriptionForm = QFormLayout(self.descriptionTabContents)
        self.descriptionForm.setObjectName(u"descriptionForm")
        self.descriptionForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.beforeLabel = QLabel(self.descriptionTabContents)
        self.beforeLabel.setObjectName(u"beforeLabel")

        self.descriptionForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.beforeLabel)

        self.beforeEdit = QPlainTextEdit(self.descriptionTabContents)
        self.beforeEdit.setObjectName(u"beforeEdit")
        self.beforeEdit.setTabChangesFocus(True)

        self.descriptionForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.beforeEdit)

        self.solutionLabel = QLabel(self.descriptionTabContents)
        self.solutionLabel.setObjectName(u"solutionLabel")

        self.descriptionForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.solutionLabel)

        self.solutionEdit = QPlainTextEdit(self.descriptionTabContents)
        self.solutionEdit.setObjectName(u"solutionEdit")
        self.solutionEdit.setTabChangesFocus(True)

        self.descriptionForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.solutionEdit)

        self.noveltyLabel = QLabel(self.descriptionTabContents)
        self.noveltyLabel.setObjectName(u"noveltyLabel")

        self.descriptionForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.noveltyLabel)

        self.noveltyEdit = QPlainTextEdit(self.descriptionTabContents)
        self.noveltyEdit.setObjectName(u"noveltyEdit")
        self.noveltyEdit.setTabChangesFocus(True)

        self.descriptionForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.noveltyEdit)

        self.confidentialLabel = QLabel(self.descriptionTabContents)
        self.confidentialLabel.setObjectName(u"confidentialLabel")

        self.descriptionForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.confidentialLabel)

        self.confidentialEdit = QPlainTextEdit(self.descriptionTabContents)
        self.confidentialEdit.setObjectName(u"confidentialEdit")
        self.confidentialEdit.setTabChangesFocus(True)

        self.descriptionForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.confidentialEdit)

        self.conditionsLabel = QLabel(self.descriptionTabContents)
        self.conditionsLabel.setObjectName(u"conditionsLabel")

        self.descriptionForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.conditionsLabel)

        self.conditionsEdit = QPlainTextEdit(self.descriptionTabContents)
        self.conditionsEdit.setObjectName(u"conditionsEdit")
        self.conditionsEdit.setTabChangesFocus(True)

        self.descriptionForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.conditionsEdit)

        self.descriptionTabScroll.setWidget(self.descriptionTabContents)

        self.descriptionTabLayout.addWidget(self.descriptionTabScroll)

        self.tabs.addTab(self.descriptionTab, "")
        self.benefitsTab = QWidget()
        self.benefitsTab.setObjectName(u"benefitsTab")
        self.benefitsTabLayout = QVBoxLayout(self.benefitsTab)
        self.benefitsTabLayout.setObjectName(u"benefitsTabLayout")
        self.benefitsTabScroll = QScrollArea(self.benefitsTab)
        self.benefitsTabScroll.setObjectName(u"benefitsTabScroll")
        self.benefitsTabScroll.setWidgetResizable(True)
        self.benefitsTabScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.benefitsTabContents = QWidget()
        self.benefitsTabContents.setObjectName(u"benefitsTabContents")
        self.benefitsForm = QFormLayout(self.benefitsTabContents)
        self.benefitsForm.setObjectName(u"benefitsForm")
        self.benefitsForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.benefitAuthorHeading = QLabel(self.benefitsTabContents)
        self.benefitAuthorHeading.setObjectName(u"benefitAuthorHeading")

        self.benefitsForm.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.benefitAuthorHeading)

        self.benefitAuthorVndLabel = QLabel(self.benefitsTabContents)
        self.benefitAuthorVndLabel.setObjectName(u"benefitAuthorVndLabel")

        self.benefitsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.benefitAuthorVndLabel)

        self.benefitAuthorVndEdit = QLineEdit(self.benefitsTabContents)
        self.benefitAuthorVndEdit.setObjectName(u"benefitAuthorVndEdit")

        self.benefitsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.benefitAuthorVndEdit)

        self.benefitAuthorSocialLabel = QLabel(self.benefitsTabContents)
        self.benefitAuthorSocialLabel.setObjectName(u"benefitAuthorSocialLabel")

        self.benefitsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.benefitAuthorSocialLabel)

        self.benefitAuthorSocialEdit = QPlainTextEdit(self.benefitsTabContents)
        self.benefitAuthorSocialEdit.setObjectName(u"benefitAuthorSocialEdit")
        self.benefitAuthorSocialEdit.setTabChangesFocus(True)

        self.benefitsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.benefitAuthorSocialEdit)

        self.benefitUnitHeading = QLabel(self.benefitsTabContents)
        self.benefitUnitHeading.setObjectName(u"benefitUnitHeading")

        self.benefitsForm.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.benefitUnitHeading)

        self.benefitUnitVndLabel = QLabel(self.benefitsTabContents)
        self.benefitUnitVndLabel.setObjectName(u"benefitUnitVndLabel")

        self.benefitsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.benefitUnitVndLabel)

        self.benefitUnitVndEdit = QLineEdit(self.benefitsTabContents)
        self.benefitUnitVndEdit.setObjectName(u"benefitUnitVndEdit")

        self.benefitsForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.benefitUnitVndEdit)

        self.benefitUnitSocialLabel = QLabel(self.benefitsTabContents)
        self.benefitUnitSocialLabel.setObjectName(u"benefitUnitSocialLabel")

        self.benefitsForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.benefitUnitSocialLabel)

        self.benefitUnitSocialEdit = QPlainTextEdit(self.benefitsTabContents)
        self.benefitUnitSocialEdit.setObjectName(u"benefitUnitSocialEdit")
        self.benefitUnitSocialEdit.setTabChangesFocus(True)

        self.benefitsForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.benefitUnitSocialEdit)

        self.benefitCalculationLabel = QLabel(self.benefitsTabContents)
        self.benefitCalculationLabel.setObjectName(u"benefitCalculationLabel")

        self.benefitsForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.benefitCalculationLabel)

        self.benefitCalculationEdit = QPlainTextEdit(self.benefitsTabContents)
        self.benefitCalculationEdit.setObjectName(u"benefitCalculationEdit")
        self.benefitCalculationEdit.setTabChangesFocus(True)

        self.benefitsForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.benefitCalculationEdit)

        self.benefitsTabScroll.setWidget(self.benefitsTabContents)

        self.benefitsTabLayout.addWidget(self.benefitsTabScroll)

        self.tabs.addTab(self.benefitsTab, "")
        self.attachmentsTab = QWidget()
        self.attachmentsTab.setObjectName(u"attachmentsTab")
        self.attachmentsLayout = QVBoxLayout(self.attachmentsTab)
        self.attachmentsLayout.setObjectName(u"attachmentsLayout")
        self.attachmentsTable = QTableWidget(self.attachmentsTab)
        if (self.attachmentsTable.columnCount() < 4):
            self.attachmentsTable.setColumnCount(4)
        __qtablewidgetitem15 = QTableWidgetItem()
        self.attachmentsTable.setHorizontalHeaderItem(0, __qtablewidgetitem15)
        __qtablewidgetitem16 = QTableWidgetItem()
        self.attachmentsTable.setHorizontalHeaderItem(1, __qtablewidgetitem16)
        __qtablewidgetitem17 = QTableWidgetItem()
        self.attachmentsTable.setHorizontalHeaderItem(2, __qtablewidgetitem17)
        __qtablewidgetitem18 = QTableWidgetItem()
        self.attachmentsTable.setHorizontalHeaderItem(3, __qtablewidgetitem18)
        self.attachmentsTable.setObjectName(u"attachmentsTable")
        self.attachmentsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.attachmentsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.attachmentsTable.horizontalHeader().setStretchLastSection(True)

        self.attachmentsLayout.addWidget(self.attachmentsTable)

        self.attachmentButtons = QHBoxLayout()
        self.attachmentButtons.setObjectName(u"attachmentButtons")
        self.addAttachmentButton = QPushButton(self.attachmentsTab)
        self.addAttachmentButton.setObjectName(u"addAttachmentButton")

        self.attachmentButtons.addWidget(self.addAttachmentButton)

        self.openAttachmentButton = QPushButton(self.attachmentsTab)
        self.openAttachmentButton.setObjectName(u"openAttachmentButton")

        self.attachmentButtons.addWidget(self.openAttachmentButton)

        self.removeAttachmentButton = QPushButton(self.attachmentsTab)
        self.removeAttachmentButton.setObjectName(u"removeAttachmentButton")

        self.attachmentButtons.addWidget(self.removeAttachmentButton)

        self.attachmentButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.attachmentButtons.addItem(self.attachmentButtonsSpacer)


        self.attachmentsLayout.addLayout(self.attachmentButtons)

        self.attachmentHint = QLabel(self.attachmentsTab)
        self.attachmentHint.setObjectName(u"attachmentHint")
        self.attachmentHint.setWordWrap(True)

        self.attachmentsLayout.addWidget(self.attachmentHint)

        self.tabs.addTab(self.attachmentsTab, "")

        self.editorLayout.addWidget(self.tabs)

        self.errorLabel = QLabel(DossierEditor)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setVisible(False)
        self.errorLabel.setWordWrap(True)

        self.editorLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(DossierEditor)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.editorLayout.addWidget(self.buttonBox)

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
        self.firstAppliedLabel.setBuddy(self.firstAppliedEdit)
        self.statusLabel.setBuddy(self.statusCombo)
        self.notesLabel.setBuddy(self.notesEdit)
        self.beforeLabel.setBuddy(self.beforeEdit)
        self.solutionLabel.setBuddy(self.solutionEdit)
        self.noveltyLabel.setBuddy(self.noveltyEdit)
        self.confidentialLabel.setBuddy(self.confidentialEdit)
        self.conditionsLabel.setBuddy(self.conditionsEdit)
        self.benefitAuthorVndLabel.setBuddy(self.benefitAuthorVndEdit)
        self.benefitAuthorSocialLabel.setBuddy(self.benefitAuthorSocialEdit)
        self.benefitUnitVndLabel.setBuddy(self.benefitUnitVndEdit)
        self.benefitUnitSocialLabel.setBuddy(self.benefitUnitSocialEdit)
        self.benefitCalculationLabel.setBuddy(self.benefitCalculationEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DossierEditor)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(DossierEditor)
    # setupUi

    def retranslateUi(self, DossierEditor):
        DossierEditor.setWindowTitle(QCoreApplication.translate("DossierEditor", u"H\u1ed3 s\u01a1 s\u00e1ng ki\u1ebfn", None))
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
        self.firstAppliedLabel.setText(QCoreApplication.translate("DossierEditor", u"Ng\u00e0y \u00e1p d\u1ee5ng l\u1ea7n \u0111\u1ea7u (*):", None))
        self.firstAppliedEdit.setPlaceholderText(QCoreApplication.translate("DossierEditor", u"ng\u00e0y/th\u00e1ng/n\u0103m, v\u00ed d\u1ee5 15/09/2022", None))
        self.trialCheck.setText(QCoreApplication.translate("DossierEditor", u"\u00c1p d\u1ee5ng th\u1eed", None))
        self.statusLabel.setText(QCoreApplication.translate("DossierEditor", u"Tr\u1ea1ng th\u00e1i:", None))
        self.notesLabel.setText(QCoreApplication.translate("DossierEditor", u"Ghi ch\u00fa n\u1ed9i b\u1ed9:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.generalTab), QCoreApplication.translate("DossierEditor", u"Th\u00f4ng tin chung", None))
        self.authorsGroup.setTitle(QCoreApplication.translate("DossierEditor", u"T\u00e1c gi\u1ea3, \u0111\u1ed3ng t\u00e1c gi\u1ea3", None))
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
        self.appliersGroup.setTitle(QCoreApplication.translate("DossierEditor", u"Ng\u01b0\u1eddi tham gia \u00e1p d\u1ee5ng th\u1eed ho\u1eb7c \u00e1p d\u1ee5ng l\u1ea7n \u0111\u1ea7u", None))
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
        self.tabs.setTabText(self.tabs.indexOf(self.authorsTab), QCoreApplication.translate("DossierEditor", u"T\u00e1c gi\u1ea3", None))
        self.beforeLabel.setText(QCoreApplication.translate("DossierEditor", u"T\u00ecnh tr\u1ea1ng tr\u01b0\u1edbc khi c\u00f3 s\u00e1ng ki\u1ebfn:", None))
        self.beforeEdit.setPlaceholderText(QCoreApplication.translate("DossierEditor", u"C\u00f4ng vi\u1ec7c \u0111\u01b0\u1ee3c l\u00e0m th\u1ebf n\u00e0o, c\u00f3 kh\u00f3 kh\u0103n, h\u1ea1n ch\u1ebf g\u00ec", None))
        self.solutionLabel.setText(QCoreApplication.translate("DossierEditor", u"M\u00f4 t\u1ea3 b\u1ea3n ch\u1ea5t c\u1ee7a s\u00e1ng ki\u1ebfn (*):", None))
        self.solutionEdit.setPlaceholderText(QCoreApplication.translate("DossierEditor", u"Gi\u1ea3i ph\u00e1p g\u1ed3m nh\u1eefng b\u01b0\u1edbc n\u00e0o, l\u00e0m nh\u01b0 th\u1ebf n\u00e0o", None))
        self.noveltyLabel.setText(QCoreApplication.translate("DossierEditor", u"T\u00ednh m\u1edbi:", None))
        self.noveltyEdit.setPlaceholderText(QCoreApplication.translate("DossierEditor", u"\u0110i\u1ec3m kh\u00e1c v\u1edbi c\u00e1ch l\u00e0m tr\u01b0\u1edbc \u0111\u00e2y t\u1ea1i \u0111\u01a1n v\u1ecb", None))
        self.confidentialLabel.setText(QCoreApplication.translate("DossierEditor", u"Th\u00f4ng tin c\u1ea7n \u0111\u01b0\u1ee3c b\u1ea3o m\u1eadt:", None))
        self.confidentialEdit.setPlaceholderText(QCoreApplication.translate("DossierEditor", u"N\u1ebfu kh\u00f4ng c\u00f3, \u0111\u1ec3 tr\u1ed1ng", None))
        self.conditionsLabel.setText(QCoreApplication.translate("DossierEditor", u"\u0110i\u1ec1u ki\u1ec7n c\u1ea7n thi\u1ebft \u0111\u1ec3 \u00e1p d\u1ee5ng:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.descriptionTab), QCoreApplication.translate("DossierEditor", u"M\u00f4 t\u1ea3", None))
        self.benefitAuthorHeading.setText(QCoreApplication.translate("DossierEditor", u"Theo \u00fd ki\u1ebfn c\u1ee7a t\u00e1c gi\u1ea3", None))
        self.benefitAuthorHeading.setStyleSheet(QCoreApplication.translate("DossierEditor", u"font-weight: bold", None))
        self.benefitAuthorVndLabel.setText(QCoreApplication.translate("DossierEditor", u"Gi\u00e1 tr\u1ecb l\u00e0m l\u1ee3i (\u0111\u1ed3ng):", None))
        self.benefitAuthorVndEdit.setPlaceholderText(QCoreApplication.translate("DossierEditor", u"V\u00ed d\u1ee5: 120.000.000", None))
        self.benefitAuthorSocialLabel.setText(QCoreApplication.translate("DossierEditor", u"L\u1ee3i \u00edch x\u00e3 h\u1ed9i:", None))
        self.benefitUnitHeading.setText(QCoreApplication.translate("DossierEditor", u"Theo \u00fd ki\u1ebfn c\u1ee7a t\u1ed5 ch\u1ee9c, c\u00e1 nh\u00e2n \u0111\u00e3 \u00e1p d\u1ee5ng", None))
        self.benefitUnitHeading.setStyleSheet(QCoreApplication.translate("DossierEditor", u"font-weight: bold", None))
        self.benefitUnitVndLabel.setText(QCoreApplication.translate("DossierEditor", u"Gi\u00e1 tr\u1ecb l\u00e0m l\u1ee3i (\u0111\u1ed3ng):", None))
        self.benefitUnitVndEdit.setPlaceholderText(QCoreApplication.translate("DossierEditor", u"V\u00ed d\u1ee5: 120.000.000", None))
        self.benefitUnitSocialLabel.setText(QCoreApplication.translate("DossierEditor", u"L\u1ee3i \u00edch x\u00e3 h\u1ed9i:", None))
        self.benefitCalculationLabel.setText(QCoreApplication.translate("DossierEditor", u"C\u00e1ch t\u00ednh gi\u00e1 tr\u1ecb l\u00e0m l\u1ee3i:", None))
        self.benefitCalculationEdit.setPlaceholderText(QCoreApplication.translate("DossierEditor", u"V\u00ed d\u1ee5: ti\u1ebft ki\u1ec7m 2 gi\u1edd c\u00f4ng/ng\u00e0y \u00d7 250 ng\u00e0y \u00d7 60.000 \u0111\u1ed3ng/gi\u1edd", None))
        self.tabs.setTabText(self.tabs.indexOf(self.benefitsTab), QCoreApplication.translate("DossierEditor", u"L\u1ee3i \u00edch", None))
        ___qtablewidgetitem15 = self.attachmentsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem15.setText(QCoreApplication.translate("DossierEditor", u"T\u00ean t\u1ec7p", None))
        ___qtablewidgetitem16 = self.attachmentsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem16.setText(QCoreApplication.translate("DossierEditor", u"Lo\u1ea1i", None))
        ___qtablewidgetitem17 = self.attachmentsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem17.setText(QCoreApplication.translate("DossierEditor", u"Dung l\u01b0\u1ee3ng", None))
        ___qtablewidgetitem18 = self.attachmentsTable.horizontalHeaderItem(3)
        ___qtablewidgetitem18.setText(QCoreApplication.translate("DossierEditor", u"Ng\u00e0y th\u00eam", None))
        self.addAttachmentButton.setText(QCoreApplication.translate("DossierEditor", u"Th\u00eam t\u1ec7p\u2026", None))
        self.openAttachmentButton.setText(QCoreApplication.translate("DossierEditor", u"M\u1edf", None))
        self.removeAttachmentButton.setText(QCoreApplication.translate("DossierEditor", u"G\u1ee1 kh\u1ecfi h\u1ed3 s\u01a1", None))
        self.attachmentHint.setText(QCoreApplication.translate("DossierEditor", u"\u0110\u00ednh k\u00e8m \u1ea3nh, PDF ho\u1eb7c Word (DOCX): quy\u1ebft \u0111\u1ecbnh c\u00f4ng nh\u1eadn, t\u00e0i li\u1ec7u t\u00ednh gi\u00e1 tr\u1ecb l\u00e0m l\u1ee3i, \u1ea3nh s\u1ea3n ph\u1ea9m. Kh\u00f4ng n\u00ean \u0111\u00ednh k\u00e8m \u1ea3nh ch\u1ee5p CCCD: \u0111\u00f3 l\u00e0 d\u1eef li\u1ec7u c\u00e1 nh\u00e2n nh\u1ea1y c\u1ea3m.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.attachmentsTab), QCoreApplication.translate("DossierEditor", u"\u0110\u00ednh k\u00e8m", None))
        self.errorLabel.setStyleSheet(QCoreApplication.translate("DossierEditor", u"QLabel { color: #8b0000; background: #fde8e8; border: 1px solid #e0a0a0; padding: 6px; }", None))
    # retranslateUi

