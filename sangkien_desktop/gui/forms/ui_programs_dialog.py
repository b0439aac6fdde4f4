# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'programs_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QListWidget, QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QSpinBox, QTabWidget, QTableWidget, QVBoxLayout, QWidget)

class Ui_ProgramsDialog(object):
    def setupUi(self, ProgramsDialog):
        if not ProgramsDialog.objectName():
            ProgramsDialog.setObjectName(u"ProgramsDialog")
        ProgramsDialog.resize(960, 640)
        self.mainRow = QHBoxLayout(ProgramsDialog)
        self.mainRow.setObjectName(u"mainRow")
        self.listBox = QVBoxLayout()
        self.listBox.setObjectName(u"listBox")
        self.programsHeading = QLabel(ProgramsDialog)
        self.programsHeading.setObjectName(u"programsHeading")

        self.listBox.addWidget(self.programsHeading)

        self.programList = QListWidget(ProgramsDialog)
        self.programList.setObjectName(u"programList")
        self.programList.setMinimumSize(QSize(220, 0))

        self.listBox.addWidget(self.programList)

        self.newButton = QPushButton(ProgramsDialog)
        self.newButton.setObjectName(u"newButton")

        self.listBox.addWidget(self.newButton)

        self.importButton = QPushButton(ProgramsDialog)
        self.importButton.setObjectName(u"importButton")

        self.listBox.addWidget(self.importButton)

        self.exportButton = QPushButton(ProgramsDialog)
        self.exportButton.setObjectName(u"exportButton")

        self.listBox.addWidget(self.exportButton)


        self.mainRow.addLayout(self.listBox)

        self.editBox = QVBoxLayout()
        self.editBox.setObjectName(u"editBox")
        self.tabs = QTabWidget(ProgramsDialog)
        self.tabs.setObjectName(u"tabs")
        self.generalPage = QWidget()
        self.generalPage.setObjectName(u"generalPage")
        self.generalPageLayout = QVBoxLayout(self.generalPage)
        self.generalPageLayout.setObjectName(u"generalPageLayout")
        self.generalPageScroll = QScrollArea(self.generalPage)
        self.generalPageScroll.setObjectName(u"generalPageScroll")
        self.generalPageScroll.setWidgetResizable(True)
        self.generalPageContents = QWidget()
        self.generalPageContents.setObjectName(u"generalPageContents")
        self.generalForm = QFormLayout(self.generalPageContents)
        self.generalForm.setObjectName(u"generalForm")
        self.idLabel = QLabel(self.generalPageContents)
        self.idLabel.setObjectName(u"idLabel")

        self.generalForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.idLabel)

        self.idEdit = QLineEdit(self.generalPageContents)
        self.idEdit.setObjectName(u"idEdit")
        self.idEdit.setReadOnly(True)

        self.generalForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.idEdit)

        self.versionLabel = QLabel(self.generalPageContents)
        self.versionLabel.setObjectName(u"versionLabel")

        self.generalForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.versionLabel)

        self.versionValue = QLabel(self.generalPageContents)
        self.versionValue.setObjectName(u"versionValue")

        self.generalForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.versionValue)

        self.stateLabel = QLabel(self.generalPageContents)
        self.stateLabel.setObjectName(u"stateLabel")

        self.generalForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.stateLabel)

        self.stateValue = QLabel(self.generalPageContents)
        self.stateValue.setObjectName(u"stateValue")

        self.generalForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.stateValue)

        self.nameLabel = QLabel(self.generalPageContents)
        self.nameLabel.setObjectName(u"nameLabel")

        self.generalForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.generalPageContents)
        self.nameEdit.setObjectName(u"nameEdit")

        self.generalForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.shortNameLabel = QLabel(self.generalPageContents)
        self.shortNameLabel.setObjectName(u"shortNameLabel")

        self.generalForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.shortNameLabel)

        self.shortNameEdit = QLineEdit(self.generalPageContents)
        self.shortNameEdit.setObjectName(u"shortNameEdit")

        self.generalForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.shortNameEdit)

        self.issuerLabel = QLabel(self.generalPageContents)
        self.issuerLabel.setObjectName(u"issuerLabel")

        self.generalForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.issuerLabel)

        self.issuerEdit = QLineEdit(self.generalPageContents)
        self.issuerEdit.setObjectName(u"issuerEdit")

        self.generalForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.issuerEdit)

        self.nationalLabel = QLabel(self.generalPageContents)
        self.nationalLabel.setObjectName(u"nationalLabel")

        self.generalForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.nationalLabel)

        self.nationalCheck = QCheckBox(self.generalPageContents)
        self.nationalCheck.setObjectName(u"nationalCheck")

        self.generalForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.nationalCheck)

        self.startLabel = QLabel(self.generalPageContents)
        self.startLabel.setObjectName(u"startLabel")

        self.generalForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.startEdit = QLineEdit(self.generalPageContents)
        self.startEdit.setObjectName(u"startEdit")

        self.generalForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.startEdit)

        self.endLabel = QLabel(self.generalPageContents)
        self.endLabel.setObjectName(u"endLabel")

        self.generalForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.endLabel)

        self.endEdit = QLineEdit(self.generalPageContents)
        self.endEdit.setObjectName(u"endEdit")

        self.generalForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.endEdit)

        self.limitLabel = QLabel(self.generalPageContents)
        self.limitLabel.setObjectName(u"limitLabel")

        self.generalForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.limitLabel)

        self.limitEdit = QLineEdit(self.generalPageContents)
        self.limitEdit.setObjectName(u"limitEdit")

        self.generalForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.limitEdit)

        self.deadlineLabel = QLabel(self.generalPageContents)
        self.deadlineLabel.setObjectName(u"deadlineLabel")

        self.generalForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.deadlineLabel)

        self.deadlineEdit = QLineEdit(self.generalPageContents)
        self.deadlineEdit.setObjectName(u"deadlineEdit")

        self.generalForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.deadlineEdit)

        self.warningLabel = QLabel(self.generalPageContents)
        self.warningLabel.setObjectName(u"warningLabel")

        self.generalForm.setWidget(11, QFormLayout.ItemRole.LabelRole, self.warningLabel)

        self.warningSpin = QSpinBox(self.generalPageContents)
        self.warningSpin.setObjectName(u"warningSpin")
        self.warningSpin.setMaximum(365)

        self.generalForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.warningSpin)

        self.generalPageScroll.setWidget(self.generalPageContents)

        self.generalPageLayout.addWidget(self.generalPageScroll)

        self.tabs.addTab(self.generalPage, "")
        self.kindsPage = QWidget()
        self.kindsPage.setObjectName(u"kindsPage")
        self.kindsPageLayout = QVBoxLayout(self.kindsPage)
        self.kindsPageLayout.setObjectName(u"kindsPageLayout")
        self.kindsPageScroll = QScrollArea(self.kindsPage)
        self.kindsPageScroll.setObjectName(u"kindsPageScroll")
        self.kindsPageScroll.setWidgetResizable(True)
        self.kindsPageContents = QWidget()
        self.kindsPageContents.setObjectName(u"kindsPageContents")
        self.kindsLayout = QVBoxLayout(self.kindsPageContents)
        self.kindsLayout.setObjectName(u"kindsLayout")
        self.kindsBox = QVBoxLayout()
        self.kindsBox.setObjectName(u"kindsBox")
        self.kindsHeading = QLabel(self.kindsPageContents)
        self.kindsHeading.setObjectName(u"kindsHeading")

        self.kindsBox.addWidget(self.kindsHeading)

        self.kindsTable = QTableWidget(self.kindsPageContents)
        self.kindsTable.setObjectName(u"kindsTable")
        self.kindsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.kindsTable.horizontalHeader().setStretchLastSection(True)
        self.kindsTable.verticalHeader().setVisible(False)

        self.kindsBox.addWidget(self.kindsTable)

        self.kindsButtons = QHBoxLayout()
        self.kindsButtons.setObjectName(u"kindsButtons")
        self.kindsAddButton = QPushButton(self.kindsPageContents)
        self.kindsAddButton.setObjectName(u"kindsAddButton")

        self.kindsButtons.addWidget(self.kindsAddButton)

        self.kindsRemoveButton = QPushButton(self.kindsPageContents)
        self.kindsRemoveButton.setObjectName(u"kindsRemoveButton")

        self.kindsButtons.addWidget(self.kindsRemoveButton)

        self.kindsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.kindsButtons.addItem(self.kindsSpacer)


        self.kindsBox.addLayout(self.kindsButtons)

        self.kindsHint = QLabel(self.kindsPageContents)
        self.kindsHint.setObjectName(u"kindsHint")
        self.kindsHint.setWordWrap(True)

        self.kindsBox.addWidget(self.kindsHint)


        self.kindsLayout.addLayout(self.kindsBox)

        self.groupsBox = QVBoxLayout()
        self.groupsBox.setObjectName(u"groupsBox")
        self.groupsHeading = QLabel(self.kindsPageContents)
        self.groupsHeading.setObjectName(u"groupsHeading")

        self.groupsBox.addWidget(self.groupsHeading)

        self.groupsTable = QTableWidget(self.kindsPageContents)
        self.groupsTable.setObjectName(u"groupsTable")
        self.groupsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.groupsTable.horizontalHeader().setStretchLastSection(True)
        self.groupsTable.verticalHeader().setVisible(False)

        self.groupsBox.addWidget(self.groupsTable)

        self.groupsButtons = QHBoxLayout()
        self.groupsButtons.setObjectName(u"groupsButtons")
        self.groupsAddButton = QPushButton(self.kindsPageContents)
        self.groupsAddButton.setObjectName(u"groupsAddButton")

        self.groupsButtons.addWidget(self.groupsAddButton)

        self.groupsRemoveButton = QPushButton(self.kindsPageContents)
        self.groupsRemoveButton.setObjectName(u"groupsRemoveButton")

        self.groupsButtons.addWidget(self.groupsRemoveButton)

        self.groupsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.groupsButtons.addItem(self.groupsSpacer)


        self.groupsBox.addLayout(self.groupsButtons)

        self.groupsHint = QLabel(self.kindsPageContents)
        self.groupsHint.setObjectName(u"groupsHint")
        self.groupsHint.setWordWrap(True)

        self.groupsBox.addWidget(self.groupsHint)


        self.kindsLayout.addLayout(self.groupsBox)

        self.kindsPageScroll.setWidget(self.kindsPageContents)

        self.kindsPageLayout.addWidget(self.kindsPageScroll)

        self.tabs.addTab(self.kindsPage, "")
        self.phasesPage = QWidget()
        self.phasesPage.setObjectName(u"phasesPage")
        self.phasesPageLayout = QVBoxLayout(self.phasesPage)
        self.phasesPageLayout.setObjectName(u"phasesPageLayout")
        self.phasesPageScroll = QScrollArea(self.phasesPage)
        self.phasesPageScroll.setObjectName(u"phasesPageScroll")
        self.phasesPageScroll.setWidgetResizable(True)
        self.phasesPageContents = QWidget()
        self.phasesPageContents.setObjectName(u"phasesPageContents")
        self.phasesLayout = QVBoxLayout(self.phasesPageContents)
        self.phasesLayout.setObjectName(u"phasesLayout")
        self.phasesBox = QVBoxLayout()
        self.phasesBox.setObjectName(u"phasesBox")
        self.phasesHeading = QLabel(self.phasesPageContents)
        self.phasesHeading.setObjectName(u"phasesHeading")

        self.phasesBox.addWidget(self.phasesHeading)

        self.phasesTable = QTableWidget(self.phasesPageContents)
        self.phasesTable.setObjectName(u"phasesTable")
        self.phasesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.phasesTable.horizontalHeader().setStretchLastSection(True)
        self.phasesTable.verticalHeader().setVisible(False)

        self.phasesBox.addWidget(self.phasesTable)

        self.phasesButtons = QHBoxLayout()
        self.phasesButtons.setObjectName(u"phasesButtons")
        self.phasesAddButton = QPushButton(self.phasesPageContents)
        self.phasesAddButton.setObjectName(u"phasesAddButton")

        self.phasesButtons.addWidget(self.phasesAddButton)

        self.phasesRemoveButton = QPushButton(self.phasesPageContents)
        self.phasesRemoveButton.setObjectName(u"phasesRemoveButton")

        self.phasesButtons.addWidget(self.phasesRemoveButton)

        self.phasesSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.phasesButtons.addItem(self.phasesSpacer)


        self.phasesBox.addLayout(self.phasesButtons)

        self.phasesHint = QLabel(self.phasesPageContents)
        self.phasesHint.setObjectName(u"phasesHint")
        self.phasesHint.setWordWrap(True)

        self.phasesBox.addWidget(self.phasesHint)


        self.phasesLayout.addLayout(self.phasesBox)

        self.quotasBox = QVBoxLayout()
        self.quotasBox.setObjectName(u"quotasBox")
        self.quotasHeading = QLabel(self.phasesPageContents)
        self.quotasHeading.setObjectName(u"quotasHeading")

        self.quotasBox.addWidget(self.quotasHeading)

        self.quotasTable = QTableWidget(self.phasesPageContents)
        self.quotasTable.setObjectName(u"quotasTable")
        self.quotasTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.quotasTable.horizontalHeader().setStretchLastSection(True)
        self.quotasTable.verticalHeader().setVisible(False)

        self.quotasBox.addWidget(self.quotasTable)

        self.quotasButtons = QHBoxLayout()
        self.quotasButtons.setObjectName(u"quotasButtons")
        self.quotasAddButton = QPushButton(self.phasesPageContents)
        self.quotasAddButton.setObjectName(u"quotasAddButton")

        self.quotasButtons.addWidget(self.quotasAddButton)

        self.quotasRemoveButton = QPushButton(self.phasesPageContents)
        self.quotasRemoveButton.setObjectName(u"quotasRemoveButton")

        self.quotasButtons.addWidget(self.quotasRemoveButton)

        self.quotasSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.quotasButtons.addItem(self.quotasSpacer)


        self.quotasBox.addLayout(self.quotasButtons)

        self.quotasHint = QLabel(self.phasesPageContents)
        self.quotasHint.setObjectName(u"quotasHint")
        self.quotasHint.setWordWrap(True)

        self.quotasBox.addWidget(self.quotasHint)


        self.phasesLayout.addLayout(self.quotasBox)

        self.phasesPageScroll.setWidget(self.phasesPageContents)

        self.phasesPageLayout.addWidget(self.phasesPageScroll)

        self.tabs.addTab(self.phasesPage, "")
        self.documentsPage = QWidget()
        self.documentsPage.setObjectName(u"documentsPage")
        self.documentsPageLayout = QVBoxLayout(self.documentsPage)
        self.documentsPageLayout.setObjectName(u"documentsPageLayout")
        self.documentsPageScroll = QScrollArea(self.documentsPage)
        self.documentsPageScroll.setObjectName(u"documentsPageScroll")
        self.documentsPageScroll.setWidgetResizable(True)
        self.documentsPageContents = QWidget()
        self.documentsPageContents.setObjectName(u"documentsPageContents")
        self.documentsLayout = QVBoxLayout(self.documentsPageContents)
        self.documentsLayout.setObjectName(u"documentsLayout")
        self.requiredBox = QVBoxLayout()
        self.requiredBox.setObjectName(u"requiredBox")
        self.requiredHeading = QLabel(self.documentsPageContents)
        self.requiredHeading.setObjectName(u"requiredHeading")

        self.requiredBox.addWidget(self.requiredHeading)

        self.requiredTable = QTableWidget(self.documentsPageContents)
        self.requiredTable.setObjectName(u"requiredTable")
        self.requiredTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.requiredTable.horizontalHeader().setStretchLastSection(True)
        self.requiredTable.verticalHeader().setVisible(False)

        self.requiredBox.addWidget(self.requiredTable)

        self.requiredButtons = QHBoxLayout()
        self.requiredButtons.setObjectName(u"requiredButtons")
        self.requiredAddButton = QPushButton(self.documentsPageContents)
        self.requiredAddButton.setObjectName(u"requiredAddButton")

        self.requiredButtons.addWidget(self.requiredAddButton)

        self.requiredRemoveButton = QPushButton(self.documentsPageContents)
        self.requiredRemoveButton.setObjectName(u"requiredRemoveButton")

        self.requiredButtons.addWidget(self.requiredRemoveButton)

        self.requiredSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.requiredButtons.addItem(self.requiredSpacer)


        self.requiredBox.addLayout(self.requiredButtons)

        self.requiredHint = QLabel(self.documentsPageContents)
        self.requiredHint.setObjectName(u"requiredHint")
        self.requiredHint.setWordWrap(True)

        self.requiredBox.addWidget(self.requiredHint)


        self.documentsLayout.addLayout(self.requiredBox)

        self.favouredBox = QVBoxLayout()
        self.favouredBox.setObjectName(u"favouredBox")
        self.favouredHeading = QLabel(self.documentsPageContents)
        self.favouredHeading.setObjectName(u"favouredHeading")

        self.favouredBox.addWidget(self.favouredHeading)

        self.favouredTable = QTableWidget(self.documentsPageContents)
        self.favouredTable.setObjectName(u"favouredTable")
        self.favouredTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.favouredTable.horizontalHeader().setStretchLastSection(True)
        self.favouredTable.verticalHeader().setVisible(False)

        self.favouredBox.addWidget(self.favouredTable)

        self.favouredButtons = QHBoxLayout()
        self.favouredButtons.setObjectName(u"favouredButtons")
        self.favouredAddButton = QPushButton(self.documentsPageContents)
        self.favouredAddButton.setObjectName(u"favouredAddButton")

        self.favouredButtons.addWidget(self.favouredAddButton)

        self.favouredRemoveButton = QPushButton(self.documentsPageContents)
        self.favouredRemoveButton.setObjectName(u"favouredRemoveButton")

        self.favouredButtons.addWidget(self.favouredRemoveButton)

        self.favouredSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.favouredButtons.addItem(self.favouredSpacer)


        self.favouredBox.addLayout(self.favouredButtons)

        self.favouredHint = QLabel(self.documentsPageContents)
        self.favouredHint.setObjectName(u"favouredHint")
        self.favouredHint.setWordWrap(True)

        self.favouredBox.addWidget(self.favouredHint)


        self.documentsLayout.addLayout(self.favouredBox)

        self.documentsPageScroll.setWidget(self.documentsPageContents)

        self.documentsPageLayout.addWidget(self.documentsPageScroll)

        self.tabs.addTab(self.documentsPage, "")

        self.editBox.addWidget(self.tabs)

        self.problemsLabel = QLabel(ProgramsDialog)
        self.problemsLabel.setObjectName(u"problemsLabel")
        self.problemsLabel.setStyleSheet(u"color: #a4161a;")
        self.problemsLabel.setWordWrap(True)
        self.problemsLabel.setTextFormat(Qt.TextFormat.RichText)

        self.editBox.addWidget(self.problemsLabel)

        self.bottomRow = QHBoxLayout()
        self.bottomRow.setObjectName(u"bottomRow")
        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomRow.addItem(self.bottomSpacer)

        self.saveButton = QPushButton(ProgramsDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.bottomRow.addWidget(self.saveButton)

        self.closeButton = QPushButton(ProgramsDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.bottomRow.addWidget(self.closeButton)


        self.editBox.addLayout(self.bottomRow)


        self.mainRow.addLayout(self.editBox)

        self.mainRow.setStretch(0, 1)
        self.mainRow.setStretch(1, 3)
#if QT_CONFIG(shortcut)
        self.idLabel.setBuddy(self.idEdit)
        self.nameLabel.setBuddy(self.nameEdit)
        self.shortNameLabel.setBuddy(self.shortNameEdit)
        self.issuerLabel.setBuddy(self.issuerEdit)
        self.startLabel.setBuddy(self.startEdit)
        self.endLabel.setBuddy(self.endEdit)
        self.limitLabel.setBuddy(self.limitEdit)
        self.deadlineLabel.setBuddy(self.deadlineEdit)
        self.warningLabel.setBuddy(self.warningSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ProgramsDialog)

        QMetaObject.connectSlotsByName(ProgramsDialog)
    # setupUi

    def retranslateUi(self, ProgramsDialog):
        ProgramsDialog.setWindowTitle(QCoreApplication.translate("ProgramsDialog", u"Ch\u01b0\u01a1ng tr\u00ecnh", None))
        self.programsHeading.setText(QCoreApplication.translate("ProgramsDialog", u"C\u00e1c ch\u01b0\u01a1ng tr\u00ecnh", None))
        self.newButton.setText(QCoreApplication.translate("ProgramsDialog", u"T\u1ea1o t\u1eeb &m\u1eabu\u2026", None))
#if QT_CONFIG(tooltip)
        self.newButton.setToolTip(QCoreApplication.translate("ProgramsDialog", u"T\u1ea1o ch\u01b0\u01a1ng tr\u00ecnh m\u1edbi (v\u00ed d\u1ee5 \u0111\u1ee3t n\u0103m sau) t\u1eeb m\u1ed9t ch\u01b0\u01a1ng tr\u00ecnh c\u00f3 s\u1eb5n", None))
#endif // QT_CONFIG(tooltip)
        self.importButton.setText(QCoreApplication.translate("ProgramsDialog", u"&Nh\u1eadp t\u1ec7p\u2026", None))
#if QT_CONFIG(tooltip)
        self.importButton.setToolTip(QCoreApplication.translate("ProgramsDialog", u"Nh\u1eadp t\u1ec7p ch\u01b0\u01a1ng tr\u00ecnh do c\u1ea5p tr\u00ean g\u1eedi", None))
#endif // QT_CONFIG(tooltip)
        self.exportButton.setText(QCoreApplication.translate("ProgramsDialog", u"&Xu\u1ea5t t\u1ec7p\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(QCoreApplication.translate("ProgramsDialog", u"L\u01b0u t\u1ec7p ch\u01b0\u01a1ng tr\u00ecnh \u0111\u1ec3 g\u1eedi \u0111\u01a1n v\u1ecb kh\u00e1c", None))
#endif // QT_CONFIG(tooltip)
        self.idLabel.setText(QCoreApplication.translate("ProgramsDialog", u"&M\u00e3 ch\u01b0\u01a1ng tr\u00ecnh:", None))
        self.versionLabel.setText(QCoreApplication.translate("ProgramsDialog", u"Phi\u00ean b\u1ea3n:", None))
        self.stateLabel.setText(QCoreApplication.translate("ProgramsDialog", u"T\u00ecnh tr\u1ea1ng:", None))
        self.nameLabel.setText(QCoreApplication.translate("ProgramsDialog", u"&T\u00ean \u0111\u1ea7y \u0111\u1ee7:", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("ProgramsDialog", u"in tr\u00ean v\u0103n b\u1ea3n, v\u00ed d\u1ee5: Phong tr\u00e0o thi \u0111ua s\u00e1ng ki\u1ebfn n\u0103m 2027", None))
        self.shortNameLabel.setText(QCoreApplication.translate("ProgramsDialog", u"T\u00ean &ng\u1eafn:", None))
        self.shortNameEdit.setPlaceholderText(QCoreApplication.translate("ProgramsDialog", u"trong danh s\u00e1ch, v\u00ed d\u1ee5: S\u00e1ng ki\u1ebfn 2027", None))
        self.issuerLabel.setText(QCoreApplication.translate("ProgramsDialog", u"\u0110\u01a1n v\u1ecb &ph\u00e1t \u0111\u1ed9ng:", None))
        self.issuerEdit.setPlaceholderText(QCoreApplication.translate("ProgramsDialog", u"v\u00ed d\u1ee5: Li\u00ean \u0111o\u00e0n Lao \u0111\u1ed9ng t\u1ec9nh Qu\u1ea3ng Tr\u1ecb", None))
        self.nationalLabel.setText(QCoreApplication.translate("ProgramsDialog", u"C\u1ed5ng qu\u1ed1c gia:", None))
        self.nationalCheck.setText(QCoreApplication.translate("ProgramsDialog", u"Ch\u01b0\u01a1ng tr\u00ecnh to\u00e0n qu\u1ed1c c\u00f3 C\u1ed5ng tr\u1ef1c tuy\u1ebfn", None))
        self.startLabel.setText(QCoreApplication.translate("ProgramsDialog", u"\u00c1p d\u1ee5ng l\u1ea7n \u0111\u1ea7u &t\u1eeb ng\u00e0y:", None))
        self.startEdit.setPlaceholderText(QCoreApplication.translate("ProgramsDialog", u"dd/mm/yyyy \u2014 \u0111\u1ec3 tr\u1ed1ng n\u1ebfu kh\u00f4ng gi\u1edbi h\u1ea1n", None))
        self.endLabel.setText(QCoreApplication.translate("ProgramsDialog", u"\u0111\u1ebfn &ng\u00e0y:", None))
        self.endEdit.setPlaceholderText(QCoreApplication.translate("ProgramsDialog", u"dd/mm/yyyy \u2014 \u0111\u1ec3 tr\u1ed1ng n\u1ebfu kh\u00f4ng gi\u1edbi h\u1ea1n", None))
        self.limitLabel.setText(QCoreApplication.translate("ProgramsDialog", u"&Gi\u1edbi h\u1ea1n k\u00fd t\u1ef1 m\u00f4 t\u1ea3:", None))
        self.limitEdit.setPlaceholderText(QCoreApplication.translate("ProgramsDialog", u"v\u00ed d\u1ee5 2000 \u2014 \u0111\u1ec3 tr\u1ed1ng n\u1ebfu kh\u00f4ng gi\u1edbi h\u1ea1n", None))
        self.deadlineLabel.setText(QCoreApplication.translate("ProgramsDialog", u"&H\u1ea1n n\u1ed9p \u0111\u1ec1 ngh\u1ecb:", None))
        self.deadlineEdit.setPlaceholderText(QCoreApplication.translate("ProgramsDialog", u"dd/mm/yyyy hh:mm \u2014 \u0111\u1ec3 tr\u1ed1ng n\u1ebfu kh\u00f4ng c\u00f3", None))
        self.warningLabel.setText(QCoreApplication.translate("ProgramsDialog", u"B\u00e1o tr\u01b0\u1edbc h\u1ea1n (&ng\u00e0y):", None))
        self.tabs.setTabText(self.tabs.indexOf(self.generalPage), QCoreApplication.translate("ProgramsDialog", u"Chung", None))
        self.kindsHeading.setText(QCoreApplication.translate("ProgramsDialog", u"Lo\u1ea1i gi\u1ea3i ph\u00e1p", None))
        self.kindsAddButton.setText(QCoreApplication.translate("ProgramsDialog", u"Th\u00eam d\u00f2ng", None))
        self.kindsRemoveButton.setText(QCoreApplication.translate("ProgramsDialog", u"B\u1ecf d\u00f2ng", None))
        self.kindsHint.setText(QCoreApplication.translate("ProgramsDialog", u"M\u00e3 (ch\u1eef kh\u00f4ng d\u1ea5u, s\u1ed1, g\u1ea1ch d\u01b0\u1edbi) \u0111\u01b0\u1ee3c ghi trong h\u1ed3 s\u01a1; t\u00ean hi\u1ec7n tr\u00ean m\u00e0n h\u00ecnh v\u00e0 v\u0103n b\u1ea3n.", None))
        self.groupsHeading.setText(QCoreApplication.translate("ProgramsDialog", u"\u0110\u1ed1i t\u01b0\u1ee3ng", None))
        self.groupsAddButton.setText(QCoreApplication.translate("ProgramsDialog", u"Th\u00eam d\u00f2ng", None))
        self.groupsRemoveButton.setText(QCoreApplication.translate("ProgramsDialog", u"B\u1ecf d\u00f2ng", None))
        self.groupsHint.setText(QCoreApplication.translate("ProgramsDialog", u"C\u00e1c nh\u00f3m \u0111\u1ed1i t\u01b0\u1ee3ng c\u1ee7a ch\u01b0\u01a1ng tr\u00ecnh (\u0111\u1ec3 tr\u1ed1ng n\u1ebfu kh\u00f4ng d\u00f9ng).", None))
        self.tabs.setTabText(self.tabs.indexOf(self.kindsPage), QCoreApplication.translate("ProgramsDialog", u"Lo\u1ea1i, \u0111\u1ed1i t\u01b0\u1ee3ng", None))
        self.phasesHeading.setText(QCoreApplication.translate("ProgramsDialog", u"Giai \u0111o\u1ea1n", None))
        self.phasesAddButton.setText(QCoreApplication.translate("ProgramsDialog", u"Th\u00eam d\u00f2ng", None))
        self.phasesRemoveButton.setText(QCoreApplication.translate("ProgramsDialog", u"B\u1ecf d\u00f2ng", None))
        self.phasesHint.setText(QCoreApplication.translate("ProgramsDialog", u"Ng\u00e0y d\u1ea1ng dd/mm/yyyy; gi\u1edd m\u1edf v\u00e0 \u0111\u00f3ng C\u1ed5ng d\u1ea1ng dd/mm/yyyy hh:mm.", None))
        self.quotasHeading.setText(QCoreApplication.translate("ProgramsDialog", u"Ch\u1ec9 ti\u00eau \u0111\u1ec1 ngh\u1ecb theo c\u1ea5p", None))
        self.quotasAddButton.setText(QCoreApplication.translate("ProgramsDialog", u"Th\u00eam d\u00f2ng", None))
        self.quotasRemoveButton.setText(QCoreApplication.translate("ProgramsDialog", u"B\u1ecf d\u00f2ng", None))
        self.quotasHint.setText(QCoreApplication.translate("ProgramsDialog", u"M\u1ed7i c\u1ea5p \u0111\u01b0\u1ee3c \u0111\u1ec1 ngh\u1ecb t\u1ed1i \u0111a bao nhi\u00eau s\u00e1ng ki\u1ebfn trong m\u1ed9t \u0111\u1ee3t.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.phasesPage), QCoreApplication.translate("ProgramsDialog", u"Giai \u0111o\u1ea1n, ch\u1ec9 ti\u00eau", None))
        self.requiredHeading.setText(QCoreApplication.translate("ProgramsDialog", u"Gi\u1ea5y t\u1edd m\u1ed7i h\u1ed3 s\u01a1 ph\u1ea3i c\u00f3", None))
        self.requiredAddButton.setText(QCoreApplication.translate("ProgramsDialog", u"Th\u00eam d\u00f2ng", None))
        self.requiredRemoveButton.setText(QCoreApplication.translate("ProgramsDialog", u"B\u1ecf d\u00f2ng", None))
        self.requiredHint.setText(QCoreApplication.translate("ProgramsDialog", u"Khi \u0111\u00ednh k\u00e8m t\u1ec7p, ng\u01b0\u1eddi d\u00f9ng ch\u1ecdn t\u1ec7p \u1ee9ng v\u1edbi gi\u1ea5y t\u1edd n\u00e0o trong danh s\u00e1ch n\u00e0y.", None))
        self.favouredHeading.setText(QCoreApplication.translate("ProgramsDialog", u"L\u0129nh v\u1ef1c \u0111\u01b0\u1ee3c \u01b0u ti\u00ean", None))
        self.favouredAddButton.setText(QCoreApplication.translate("ProgramsDialog", u"Th\u00eam d\u00f2ng", None))
        self.favouredRemoveButton.setText(QCoreApplication.translate("ProgramsDialog", u"B\u1ecf d\u00f2ng", None))
        self.favouredHint.setText(QCoreApplication.translate("ProgramsDialog", u"C\u00f3 th\u1ec3 g\u1eafn cho h\u1ed3 s\u01a1 trong \u0111\u1ee3t \u0111\u1ec1 ngh\u1ecb.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.documentsPage), QCoreApplication.translate("ProgramsDialog", u"Gi\u1ea5y t\u1edd b\u1eaft bu\u1ed9c", None))
        self.saveButton.setText(QCoreApplication.translate("ProgramsDialog", u"&L\u01b0u ch\u01b0\u01a1ng tr\u00ecnh", None))
        self.closeButton.setText(QCoreApplication.translate("ProgramsDialog", u"\u0110\u00f3n&g", None))
    # retranslateUi

