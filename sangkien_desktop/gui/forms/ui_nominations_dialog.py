# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'nominations_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDateTimeEdit,
    QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPlainTextEdit,
    QProgressBar, QPushButton, QSizePolicy, QSpacerItem, QTableWidget, QVBoxLayout)

class Ui_NominationsDialog(object):
    def setupUi(self, NominationsDialog):
        if not NominationsDialog.objectName():
            NominationsDialog.setObjectName(u"NominationsDialog")
        NominationsDialog.resize(1240, 700)
        self.mainLayout = QHBoxLayout(NominationsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.listColumn = QVBoxLayout()
        self.listColumn.setObjectName(u"listColumn")
        self.nominationListLabel = QLabel(NominationsDialog)
        self.nominationListLabel.setObjectName(u"nominationListLabel")

        self.listColumn.addWidget(self.nominationListLabel)

        self.nominationList = QListWidget(NominationsDialog)
        self.nominationList.setObjectName(u"nominationList")
        self.nominationList.setMaximumSize(QSize(240, 16777215))

        self.listColumn.addWidget(self.nominationList)

        self.listButtons = QHBoxLayout()
        self.listButtons.setObjectName(u"listButtons")
        self.newButton = QPushButton(NominationsDialog)
        self.newButton.setObjectName(u"newButton")

        self.listButtons.addWidget(self.newButton)

        self.deleteButton = QPushButton(NominationsDialog)
        self.deleteButton.setObjectName(u"deleteButton")

        self.listButtons.addWidget(self.deleteButton)


        self.listColumn.addLayout(self.listButtons)


        self.mainLayout.addLayout(self.listColumn)

        self.detailColumn = QVBoxLayout()
        self.detailColumn.setObjectName(u"detailColumn")
        self.headerForm = QFormLayout()
        self.headerForm.setObjectName(u"headerForm")
        self.campaignLabel = QLabel(NominationsDialog)
        self.campaignLabel.setObjectName(u"campaignLabel")

        self.headerForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.campaignLabel)

        self.campaignCombo = QComboBox(NominationsDialog)
        self.campaignCombo.setObjectName(u"campaignCombo")

        self.headerForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.campaignCombo)

        self.toLevelLabel = QLabel(NominationsDialog)
        self.toLevelLabel.setObjectName(u"toLevelLabel")

        self.headerForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.toLevelLabel)

        self.toLevelColumn = QVBoxLayout()
        self.toLevelColumn.setObjectName(u"toLevelColumn")
        self.toLevelCombo = QComboBox(NominationsDialog)
        self.toLevelCombo.setObjectName(u"toLevelCombo")
        self.toLevelCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.toLevelCombo.setMinimumContentsLength(30)

        self.toLevelColumn.addWidget(self.toLevelCombo)

        self.routeNotice = QLabel(NominationsDialog)
        self.routeNotice.setObjectName(u"routeNotice")
        self.routeNotice.setWordWrap(True)
        self.routeNotice.setVisible(False)

        self.toLevelColumn.addWidget(self.routeNotice)


        self.headerForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.toLevelColumn)

        self.toUnitLabel = QLabel(NominationsDialog)
        self.toUnitLabel.setObjectName(u"toUnitLabel")

        self.headerForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.toUnitLabel)

        self.toUnitEdit = QLineEdit(NominationsDialog)
        self.toUnitEdit.setObjectName(u"toUnitEdit")

        self.headerForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.toUnitEdit)

        self.deadlineLabel = QLabel(NominationsDialog)
        self.deadlineLabel.setObjectName(u"deadlineLabel")

        self.headerForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.deadlineLabel)

        self.deadlineRow = QHBoxLayout()
        self.deadlineRow.setObjectName(u"deadlineRow")
        self.hasDeadlineCheck = QCheckBox(NominationsDialog)
        self.hasDeadlineCheck.setObjectName(u"hasDeadlineCheck")

        self.deadlineRow.addWidget(self.hasDeadlineCheck)

        self.deadlineEdit = QDateTimeEdit(NominationsDialog)
        self.deadlineEdit.setObjectName(u"deadlineEdit")
        self.deadlineEdit.setCalendarPopup(True)

        self.deadlineRow.addWidget(self.deadlineEdit)

        self.deadlineSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.deadlineRow.addItem(self.deadlineSpacer)


        self.headerForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.deadlineRow)

        self.basisLabel = QLabel(NominationsDialog)
        self.basisLabel.setObjectName(u"basisLabel")

        self.headerForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.basisLabel)

        self.basisEdit = QPlainTextEdit(NominationsDialog)
        self.basisEdit.setObjectName(u"basisEdit")
        self.basisEdit.setMaximumSize(QSize(16777215, 56))

        self.headerForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.basisEdit)

        self.letterLabel = QLabel(NominationsDialog)
        self.letterLabel.setObjectName(u"letterLabel")

        self.headerForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.letterLabel)

        self.letterValue = QLabel(NominationsDialog)
        self.letterValue.setObjectName(u"letterValue")

        self.headerForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.letterValue)


        self.detailColumn.addLayout(self.headerForm)

        self.statusRow = QHBoxLayout()
        self.statusRow.setObjectName(u"statusRow")
        self.quotaBar = QProgressBar(NominationsDialog)
        self.quotaBar.setObjectName(u"quotaBar")
        self.quotaBar.setMaximumSize(QSize(200, 16777215))

        self.statusRow.addWidget(self.quotaBar)

        self.quotaLabel = QLabel(NominationsDialog)
        self.quotaLabel.setObjectName(u"quotaLabel")
        self.quotaLabel.setWordWrap(True)

        self.statusRow.addWidget(self.quotaLabel)

        self.deadlineWarning = QLabel(NominationsDialog)
        self.deadlineWarning.setObjectName(u"deadlineWarning")
        self.deadlineWarning.setWordWrap(True)

        self.statusRow.addWidget(self.deadlineWarning)


        self.detailColumn.addLayout(self.statusRow)

        self.pickRow = QHBoxLayout()
        self.pickRow.setObjectName(u"pickRow")
        self.candidateColumn = QVBoxLayout()
        self.candidateColumn.setObjectName(u"candidateColumn")
        self.candidateLabel = QLabel(NominationsDialog)
        self.candidateLabel.setObjectName(u"candidateLabel")

        self.candidateColumn.addWidget(self.candidateLabel)

        self.candidateSearch = QLineEdit(NominationsDialog)
        self.candidateSearch.setObjectName(u"candidateSearch")
        self.candidateSearch.setMaximumSize(QSize(230, 16777215))
        self.candidateSearch.setClearButtonEnabled(True)

        self.candidateColumn.addWidget(self.candidateSearch)

        self.candidateList = QListWidget(NominationsDialog)
        self.candidateList.setObjectName(u"candidateList")
        self.candidateList.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.candidateList.setMaximumSize(QSize(230, 16777215))

        self.candidateColumn.addWidget(self.candidateList)


        self.pickRow.addLayout(self.candidateColumn)

        self.moveButtons = QVBoxLayout()
        self.moveButtons.setObjectName(u"moveButtons")
        self.moveSpacerTop = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.moveButtons.addItem(self.moveSpacerTop)

        self.addButton = QPushButton(NominationsDialog)
        self.addButton.setObjectName(u"addButton")

        self.moveButtons.addWidget(self.addButton)

        self.removeButton = QPushButton(NominationsDialog)
        self.removeButton.setObjectName(u"removeButton")

        self.moveButtons.addWidget(self.removeButton)

        self.upButton = QPushButton(NominationsDialog)
        self.upButton.setObjectName(u"upButton")

        self.moveButtons.addWidget(self.upButton)

        self.downButton = QPushButton(NominationsDialog)
        self.downButton.setObjectName(u"downButton")

        self.moveButtons.addWidget(self.downButton)

        self.moveSpacerBottom = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.moveButtons.addItem(self.moveSpacerBottom)


        self.pickRow.addLayout(self.moveButtons)

        self.itemsColumn = QVBoxLayout()
        self.itemsColumn.setObjectName(u"itemsColumn")
        self.itemsLabel = QLabel(NominationsDialog)
        self.itemsLabel.setObjectName(u"itemsLabel")

        self.itemsColumn.addWidget(self.itemsLabel)

        self.itemsTable = QTableWidget(NominationsDialog)
        self.itemsTable.setObjectName(u"itemsTable")
        self.itemsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.itemsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.itemsTable.horizontalHeader().setStretchLastSection(True)
        self.itemsTable.verticalHeader().setVisible(False)

        self.itemsColumn.addWidget(self.itemsTable)


        self.pickRow.addLayout(self.itemsColumn)


        self.detailColumn.addLayout(self.pickRow)

        self.actionRow = QHBoxLayout()
        self.actionRow.setObjectName(u"actionRow")
        self.saveButton = QPushButton(NominationsDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.actionRow.addWidget(self.saveButton)

        self.sendButton = QPushButton(NominationsDialog)
        self.sendButton.setObjectName(u"sendButton")

        self.actionRow.addWidget(self.sendButton)

        self.withdrawButton = QPushButton(NominationsDialog)
        self.withdrawButton.setObjectName(u"withdrawButton")

        self.actionRow.addWidget(self.withdrawButton)

        self.actionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionRow.addItem(self.actionSpacer)


        self.detailColumn.addLayout(self.actionRow)

        self.papersRow = QHBoxLayout()
        self.papersRow.setObjectName(u"papersRow")
        self.formatLabel = QLabel(NominationsDialog)
        self.formatLabel.setObjectName(u"formatLabel")

        self.papersRow.addWidget(self.formatLabel)

        self.formatCombo = QComboBox(NominationsDialog)
        self.formatCombo.setObjectName(u"formatCombo")

        self.papersRow.addWidget(self.formatCombo)

        self.bundleButton = QPushButton(NominationsDialog)
        self.bundleButton.setObjectName(u"bundleButton")

        self.papersRow.addWidget(self.bundleButton)

        self.openFolderButton = QPushButton(NominationsDialog)
        self.openFolderButton.setObjectName(u"openFolderButton")

        self.papersRow.addWidget(self.openFolderButton)

        self.exportXlsxButton = QPushButton(NominationsDialog)
        self.exportXlsxButton.setObjectName(u"exportXlsxButton")

        self.papersRow.addWidget(self.exportXlsxButton)

        self.papersSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.papersRow.addItem(self.papersSpacer)


        self.detailColumn.addLayout(self.papersRow)

        self.sendRow = QHBoxLayout()
        self.sendRow.setObjectName(u"sendRow")
        self.personalDataCheck = QCheckBox(NominationsDialog)
        self.personalDataCheck.setObjectName(u"personalDataCheck")

        self.sendRow.addWidget(self.personalDataCheck)

        self.packageButton = QPushButton(NominationsDialog)
        self.packageButton.setObjectName(u"packageButton")

        self.sendRow.addWidget(self.packageButton)

        self.sendSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.sendRow.addItem(self.sendSpacer)

        self.closeButton = QPushButton(NominationsDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.sendRow.addWidget(self.closeButton)


        self.detailColumn.addLayout(self.sendRow)

        self.detailColumn.setStretch(2, 1)

        self.mainLayout.addLayout(self.detailColumn)

        self.mainLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.nominationListLabel.setBuddy(self.nominationList)
        self.campaignLabel.setBuddy(self.campaignCombo)
        self.toLevelLabel.setBuddy(self.toLevelCombo)
        self.toUnitLabel.setBuddy(self.toUnitEdit)
        self.deadlineLabel.setBuddy(self.deadlineEdit)
        self.basisLabel.setBuddy(self.basisEdit)
        self.candidateLabel.setBuddy(self.candidateList)
        self.itemsLabel.setBuddy(self.itemsTable)
        self.formatLabel.setBuddy(self.formatCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(NominationsDialog)

        QMetaObject.connectSlotsByName(NominationsDialog)
    # setupUi

    def retranslateUi(self, NominationsDialog):
        NominationsDialog.setWindowTitle(QCoreApplication.translate("NominationsDialog", u"\u0110\u1ee3t \u0111\u1ec1 ngh\u1ecb l\u00ean c\u1ea5p tr\u00ean", None))
        self.nominationListLabel.setText(QCoreApplication.translate("NominationsDialog", u"C\u00e1c \u0111\u1ee3t \u0111\u1ec1 ngh\u1ecb", None))
        self.newButton.setText(QCoreApplication.translate("NominationsDialog", u"\u0110\u1ee3t &m\u1edbi", None))
        self.deleteButton.setText(QCoreApplication.translate("NominationsDialog", u"&X\u00f3a \u0111\u1ee3t", None))
        self.campaignLabel.setText(QCoreApplication.translate("NominationsDialog", u"&Ch\u01b0\u01a1ng tr\u00ecnh:", None))
        self.toLevelLabel.setText(QCoreApplication.translate("NominationsDialog", u"C\u1ea5p &nh\u1eadn:", None))
#if QT_CONFIG(tooltip)
        self.toLevelCombo.setToolTip(QCoreApplication.translate("NominationsDialog", u"C\u1ea5p c\u00f4ng \u0111o\u00e0n nh\u1eadn \u0111\u1ee3t \u0111\u1ec1 ngh\u1ecb, theo ch\u00ednh quy\u1ec1n \u0111\u1ecba ph\u01b0\u01a1ng hai c\u1ea5p (t\u1eeb 01/7/2025 kh\u00f4ng c\u00f2n c\u1ea5p huy\u1ec7n). Ch\u1ecdn c\u1ea5p th\u00ec \u00f4 K\u00ednh g\u1eedi \u0111\u01b0\u1ee3c \u0111i\u1ec1n theo C\u00e0i \u0111\u1eb7t.", None))
#endif // QT_CONFIG(tooltip)
        self.toUnitLabel.setText(QCoreApplication.translate("NominationsDialog", u"&K\u00ednh g\u1eedi:", None))
        self.toUnitEdit.setPlaceholderText(QCoreApplication.translate("NominationsDialog", u"Ban Th\u01b0\u1eddng v\u1ee5 Li\u00ean \u0111o\u00e0n Lao \u0111\u1ed9ng t\u1ec9nh \u2026", None))
        self.deadlineLabel.setText(QCoreApplication.translate("NominationsDialog", u"&H\u1ea1n g\u1eedi:", None))
        self.hasDeadlineCheck.setText(QCoreApplication.translate("NominationsDialog", u"C\u00f3 h\u1ea1n g\u1eedi", None))
        self.deadlineEdit.setDisplayFormat(QCoreApplication.translate("NominationsDialog", u"HH:mm dd/MM/yyyy", None))
        self.basisLabel.setText(QCoreApplication.translate("NominationsDialog", u"C\u0103&n c\u1ee9:", None))
        self.basisEdit.setPlaceholderText(QCoreApplication.translate("NominationsDialog", u"Th\u1ef1c hi\u1ec7n H\u01b0\u1edbng d\u1eabn s\u1ed1 \u2026 ng\u00e0y \u2026 c\u1ee7a \u2026", None))
        self.letterLabel.setText(QCoreApplication.translate("NominationsDialog", u"T\u1edd tr\u00ecnh:", None))
        self.letterValue.setText("")
        self.quotaLabel.setText("")
        self.deadlineWarning.setText("")
        self.candidateLabel.setText(QCoreApplication.translate("NominationsDialog", u"H\u1ed3 s\u01a1 \u0111\u00e3 c\u00f4ng nh\u1eadn, ch\u01b0a \u0111\u1ec1 ngh\u1ecb", None))
        self.candidateSearch.setPlaceholderText(QCoreApplication.translate("NominationsDialog", u"T\u00ecm theo m\u00e3, t\u00ean, \u0111\u01a1n v\u1ecb, t\u00e1c gi\u1ea3\u2026", None))
        self.addButton.setText(QCoreApplication.translate("NominationsDialog", u"&Th\u00eam \u2192", None))
        self.removeButton.setText(QCoreApplication.translate("NominationsDialog", u"\u2190 &B\u1ecf", None))
        self.upButton.setText(QCoreApplication.translate("NominationsDialog", u"\u25b2 &L\u00ean", None))
        self.downButton.setText(QCoreApplication.translate("NominationsDialog", u"\u25bc &Xu\u1ed1ng", None))
        self.itemsLabel.setText(QCoreApplication.translate("NominationsDialog", u"H\u1ed3 s\u01a1 trong \u0111\u1ee3t, theo th\u1ee9 t\u1ef1 \u0111\u1ec1 ngh\u1ecb", None))
        self.saveButton.setText(QCoreApplication.translate("NominationsDialog", u"&L\u01b0u", None))
        self.sendButton.setText(QCoreApplication.translate("NominationsDialog", u"\u0110\u00e1nh d\u1ea5u \u0111\u00e3 &g\u1eedi\u2026", None))
        self.withdrawButton.setText(QCoreApplication.translate("NominationsDialog", u"&R\u00fat \u0111\u1ee3t \u0111\u1ec1 ngh\u1ecb\u2026", None))
#if QT_CONFIG(tooltip)
        self.withdrawButton.setToolTip(QCoreApplication.translate("NominationsDialog", u"R\u00fat \u0111\u1ee3t \u0111\u1ec1 ngh\u1ecb \u0111\u00e3 g\u1eedi (c\u00f3 ghi l\u00fd do): c\u00e1c h\u1ed3 s\u01a1 tr\u1edf l\u1ea1i \u201c\u0110\u00e3 c\u00f4ng nh\u1eadn\u201d, \u0111\u1ec1 ngh\u1ecb l\u1ea1i \u0111\u01b0\u1ee3c", None))
#endif // QT_CONFIG(tooltip)
        self.formatLabel.setText(QCoreApplication.translate("NominationsDialog", u"\u0110\u1ecbnh d\u1ea1ng:", None))
        self.bundleButton.setText(QCoreApplication.translate("NominationsDialog", u"T\u1ea1o &b\u1ed9 h\u1ed3 s\u01a1\u2026", None))
        self.openFolderButton.setText(QCoreApplication.translate("NominationsDialog", u"M\u1edf th\u01b0 m\u1ee5c", None))
        self.exportXlsxButton.setText(QCoreApplication.translate("NominationsDialog", u"Xu\u1ea5t b\u1ea3ng t\u1ed5ng h\u1ee3p ra &Excel\u2026", None))
#if QT_CONFIG(tooltip)
        self.personalDataCheck.setToolTip(QCoreApplication.translate("NominationsDialog", u"\u0110\u1ec3 tr\u1ed1ng (m\u1eb7c \u0111\u1ecbnh): g\u00f3i kh\u00f4ng mang s\u1ed1 CCCD v\u00e0 s\u1ed1 \u0111i\u1ec7n tho\u1ea1i c\u1ee7a t\u00e1c gi\u1ea3; c\u1ea5p tr\u00ean kh\u00f4ng c\u1ea7n ch\u00fang \u0111\u1ec3 x\u00e9t, \u0111\u1ec1 ngh\u1ecb. Ch\u1ec9 \u0111\u00e1nh d\u1ea5u khi c\u1ea5p tr\u00ean y\u00eau c\u1ea7u.", None))
#endif // QT_CONFIG(tooltip)
        self.personalDataCheck.setText(QCoreApplication.translate("NominationsDialog", u"K\u00e8m CCCD, \u0111i\u1ec7n tho\u1ea1i", None))
#if QT_CONFIG(tooltip)
        self.packageButton.setToolTip(QCoreApplication.translate("NominationsDialog", u"Ghi m\u1ed9t t\u1ec7p .skpkg mang \u0111\u1ee3t \u0111\u1ec1 ngh\u1ecb, h\u1ed3 s\u01a1, quy\u1ebft \u0111\u1ecbnh, T\u1edd tr\u00ecnh, B\u1ea3ng t\u1ed5ng h\u1ee3p v\u00e0 t\u1ec7p \u0111\u00ednh k\u00e8m, \u0111\u1ec3 c\u00f4ng \u0111o\u00e0n c\u1ea5p tr\u00ean nh\u1eadn v\u00e0o ch\u01b0\u01a1ng tr\u00ecnh c\u1ee7a h\u1ecd", None))
#endif // QT_CONFIG(tooltip)
        self.packageButton.setText(QCoreApplication.translate("NominationsDialog", u"G\u1eedi l\u00ean c\u1ea5p tr\u00ean (xu\u1ea5t g\u00f3i .s&kpkg)\u2026", None))
        self.closeButton.setText(QCoreApplication.translate("NominationsDialog", u"\u0110\u00f3n&g", None))
    # retranslateUi

