# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'councils_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDoubleSpinBox,
    QGridLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QSplitter, QTabWidget, QTableWidget, QVBoxLayout, QWidget)

class Ui_CouncilsDialog(object):
    def setupUi(self, CouncilsDialog):
        if not CouncilsDialog.objectName():
            CouncilsDialog.setObjectName(u"CouncilsDialog")
        CouncilsDialog.resize(1120, 700)
        self.councilsLayout = QVBoxLayout(CouncilsDialog)
        self.councilsLayout.setObjectName(u"councilsLayout")
        self.splitter = QSplitter(CouncilsDialog)
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

        self.listPaneLayout.addWidget(self.listHeading)

        self.councilList = QListWidget(self.listPane)
        self.councilList.setObjectName(u"councilList")
        self.councilList.setMinimumSize(QSize(240, 0))

        self.listPaneLayout.addWidget(self.councilList)

        self.newButton = QPushButton(self.listPane)
        self.newButton.setObjectName(u"newButton")

        self.listPaneLayout.addWidget(self.newButton)

        self.splitter.addWidget(self.listPane)
        self.tabs = QTabWidget(self.splitter)
        self.tabs.setObjectName(u"tabs")
        self.generalTab = QWidget()
        self.generalTab.setObjectName(u"generalTab")
        self.generalLayout = QVBoxLayout(self.generalTab)
        self.generalLayout.setObjectName(u"generalLayout")
        self.generalGrid = QGridLayout()
        self.generalGrid.setObjectName(u"generalGrid")
        self.nameLabel = QLabel(self.generalTab)
        self.nameLabel.setObjectName(u"nameLabel")

        self.generalGrid.addWidget(self.nameLabel, 0, 0, 1, 1)

        self.nameEdit = QLineEdit(self.generalTab)
        self.nameEdit.setObjectName(u"nameEdit")

        self.generalGrid.addWidget(self.nameEdit, 0, 1, 1, 3)

        self.unitLabel = QLabel(self.generalTab)
        self.unitLabel.setObjectName(u"unitLabel")

        self.generalGrid.addWidget(self.unitLabel, 1, 0, 1, 1)

        self.unitEdit = QLineEdit(self.generalTab)
        self.unitEdit.setObjectName(u"unitEdit")

        self.generalGrid.addWidget(self.unitEdit, 1, 1, 1, 1)

        self.yearLabel = QLabel(self.generalTab)
        self.yearLabel.setObjectName(u"yearLabel")

        self.generalGrid.addWidget(self.yearLabel, 1, 2, 1, 1)

        self.yearSpin = QSpinBox(self.generalTab)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2000)
        self.yearSpin.setMaximum(2100)
        self.yearSpin.setValue(2025)

        self.generalGrid.addWidget(self.yearSpin, 1, 3, 1, 1)

        self.employerLabel = QLabel(self.generalTab)
        self.employerLabel.setObjectName(u"employerLabel")

        self.generalGrid.addWidget(self.employerLabel, 2, 0, 1, 1)

        self.employerEdit = QLineEdit(self.generalTab)
        self.employerEdit.setObjectName(u"employerEdit")

        self.generalGrid.addWidget(self.employerEdit, 2, 1, 1, 3)

        self.foundingNumberLabel = QLabel(self.generalTab)
        self.foundingNumberLabel.setObjectName(u"foundingNumberLabel")

        self.generalGrid.addWidget(self.foundingNumberLabel, 3, 0, 1, 1)

        self.foundingNumberEdit = QLineEdit(self.generalTab)
        self.foundingNumberEdit.setObjectName(u"foundingNumberEdit")

        self.generalGrid.addWidget(self.foundingNumberEdit, 3, 1, 1, 1)

        self.foundingDateLabel = QLabel(self.generalTab)
        self.foundingDateLabel.setObjectName(u"foundingDateLabel")

        self.generalGrid.addWidget(self.foundingDateLabel, 3, 2, 1, 1)

        self.foundingDateEdit = QLineEdit(self.generalTab)
        self.foundingDateEdit.setObjectName(u"foundingDateEdit")

        self.generalGrid.addWidget(self.foundingDateEdit, 3, 3, 1, 1)

        self.packRow = QHBoxLayout()
        self.packRow.setObjectName(u"packRow")
        self.packLabel = QLabel(self.generalTab)
        self.packLabel.setObjectName(u"packLabel")

        self.packRow.addWidget(self.packLabel)

        self.packCombo = QComboBox(self.generalTab)
        self.packCombo.setObjectName(u"packCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.packCombo.sizePolicy().hasHeightForWidth())
        self.packCombo.setSizePolicy(sizePolicy)

        self.packRow.addWidget(self.packCombo)

        self.packsButton = QPushButton(self.generalTab)
        self.packsButton.setObjectName(u"packsButton")

        self.packRow.addWidget(self.packsButton)


        self.generalGrid.addLayout(self.packRow, 4, 0, 1, 4)

        self.rulesRow = QHBoxLayout()
        self.rulesRow.setObjectName(u"rulesRow")
        self.quorumLabel = QLabel(self.generalTab)
        self.quorumLabel.setObjectName(u"quorumLabel")

        self.rulesRow.addWidget(self.quorumLabel)

        self.quorumCombo = QComboBox(self.generalTab)
        self.quorumCombo.setObjectName(u"quorumCombo")
        self.quorumCombo.setEditable(True)

        self.rulesRow.addWidget(self.quorumCombo)

        self.quorumSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.rulesRow.addItem(self.quorumSpacer)


        self.generalGrid.addLayout(self.rulesRow, 5, 0, 1, 4)

        self.voteRow = QHBoxLayout()
        self.voteRow.setObjectName(u"voteRow")
        self.voteLabel = QLabel(self.generalTab)
        self.voteLabel.setObjectName(u"voteLabel")

        self.voteRow.addWidget(self.voteLabel)

        self.voteCombo = QComboBox(self.generalTab)
        self.voteCombo.setObjectName(u"voteCombo")
        self.voteCombo.setEditable(True)

        self.voteRow.addWidget(self.voteCombo)

        self.voteBaseCombo = QComboBox(self.generalTab)
        self.voteBaseCombo.setObjectName(u"voteBaseCombo")

        self.voteRow.addWidget(self.voteBaseCombo)

        self.rulesSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.voteRow.addItem(self.rulesSpacer)


        self.generalGrid.addLayout(self.voteRow, 6, 0, 1, 4)

        self.generalGrid.setColumnStretch(1, 3)
        self.generalGrid.setColumnStretch(3, 1)

        self.generalLayout.addLayout(self.generalGrid)

        self.membersHeading = QLabel(self.generalTab)
        self.membersHeading.setObjectName(u"membersHeading")
        self.membersHeading.setWordWrap(True)

        self.generalLayout.addWidget(self.membersHeading)

        self.membersTable = QTableWidget(self.generalTab)
        self.membersTable.setObjectName(u"membersTable")
        self.membersTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.membersTable.horizontalHeader().setStretchLastSection(True)
        self.membersTable.verticalHeader().setVisible(False)

        self.generalLayout.addWidget(self.membersTable)

        self.memberButtons = QHBoxLayout()
        self.memberButtons.setObjectName(u"memberButtons")
        self.addMemberButton = QPushButton(self.generalTab)
        self.addMemberButton.setObjectName(u"addMemberButton")

        self.memberButtons.addWidget(self.addMemberButton)

        self.removeMemberButton = QPushButton(self.generalTab)
        self.removeMemberButton.setObjectName(u"removeMemberButton")

        self.memberButtons.addWidget(self.removeMemberButton)

        self.memberSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.memberButtons.addItem(self.memberSpacer)


        self.generalLayout.addLayout(self.memberButtons)

        self.tabs.addTab(self.generalTab, "")
        self.rubricTab = QWidget()
        self.rubricTab.setObjectName(u"rubricTab")
        self.rubricLayout = QVBoxLayout(self.rubricTab)
        self.rubricLayout.setObjectName(u"rubricLayout")
        self.criteriaHeading = QLabel(self.rubricTab)
        self.criteriaHeading.setObjectName(u"criteriaHeading")
        self.criteriaHeading.setWordWrap(True)
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

        self.defaultsButton = QPushButton(self.rubricTab)
        self.defaultsButton.setObjectName(u"defaultsButton")

        self.criteriaButtons.addWidget(self.defaultsButton)


        self.rubricLayout.addLayout(self.criteriaButtons)

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

        self.averageRow = QHBoxLayout()
        self.averageRow.setObjectName(u"averageRow")
        self.dropExtremesCheck = QCheckBox(self.rubricTab)
        self.dropExtremesCheck.setObjectName(u"dropExtremesCheck")

        self.averageRow.addWidget(self.dropExtremesCheck)

        self.dropMinSpin = QSpinBox(self.rubricTab)
        self.dropMinSpin.setObjectName(u"dropMinSpin")
        self.dropMinSpin.setMinimum(3)
        self.dropMinSpin.setMaximum(50)

        self.averageRow.addWidget(self.dropMinSpin)

        self.dropSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.averageRow.addItem(self.dropSpacer)


        self.rubricLayout.addLayout(self.averageRow)

        self.spreadRow = QHBoxLayout()
        self.spreadRow.setObjectName(u"spreadRow")
        self.spreadLabel = QLabel(self.rubricTab)
        self.spreadLabel.setObjectName(u"spreadLabel")

        self.spreadRow.addWidget(self.spreadLabel)

        self.spreadSpin = QDoubleSpinBox(self.rubricTab)
        self.spreadSpin.setObjectName(u"spreadSpin")
        self.spreadSpin.setDecimals(1)
        self.spreadSpin.setMaximum(1000.000000000000000)

        self.spreadRow.addWidget(self.spreadSpin)

        self.averageSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.spreadRow.addItem(self.averageSpacer)


        self.rubricLayout.addLayout(self.spreadRow)

        self.tabs.addTab(self.rubricTab, "")
        self.splitter.addWidget(self.tabs)

        self.councilsLayout.addWidget(self.splitter)

        self.errorLabel = QLabel(CouncilsDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setVisible(False)
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"QLabel { color: #8b0000; background: #fde8e8; border: 1px solid #e0a0a0; padding: 6px; }")

        self.councilsLayout.addWidget(self.errorLabel)

        self.bottomRow = QHBoxLayout()
        self.bottomRow.setObjectName(u"bottomRow")
        self.historyButton = QPushButton(CouncilsDialog)
        self.historyButton.setObjectName(u"historyButton")

        self.bottomRow.addWidget(self.historyButton)

        self.deleteButton = QPushButton(CouncilsDialog)
        self.deleteButton.setObjectName(u"deleteButton")

        self.bottomRow.addWidget(self.deleteButton)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomRow.addItem(self.bottomSpacer)

        self.saveButton = QPushButton(CouncilsDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.bottomRow.addWidget(self.saveButton)

        self.closeButton = QPushButton(CouncilsDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.bottomRow.addWidget(self.closeButton)


        self.councilsLayout.addLayout(self.bottomRow)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.unitLabel.setBuddy(self.unitEdit)
        self.yearLabel.setBuddy(self.yearSpin)
        self.employerLabel.setBuddy(self.employerEdit)
        self.foundingNumberLabel.setBuddy(self.foundingNumberEdit)
        self.foundingDateLabel.setBuddy(self.foundingDateEdit)
        self.packLabel.setBuddy(self.packCombo)
        self.quorumLabel.setBuddy(self.quorumCombo)
        self.voteLabel.setBuddy(self.voteCombo)
        self.spreadLabel.setBuddy(self.spreadSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CouncilsDialog)

        self.tabs.setCurrentIndex(0)
        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(CouncilsDialog)
    # setupUi

    def retranslateUi(self, CouncilsDialog):
        CouncilsDialog.setWindowTitle(QCoreApplication.translate("CouncilsDialog", u"H\u1ed9i \u0111\u1ed3ng s\u00e1ng ki\u1ebfn", None))
        self.listHeading.setText(QCoreApplication.translate("CouncilsDialog", u"<b>H\u1ed9i \u0111\u1ed3ng theo \u0111\u01a1n v\u1ecb v\u00e0 n\u0103m</b>", None))
        self.newButton.setText(QCoreApplication.translate("CouncilsDialog", u"&Th\u00eam H\u1ed9i \u0111\u1ed3ng", None))
        self.nameLabel.setText(QCoreApplication.translate("CouncilsDialog", u"T\u00ean H\u1ed9i \u0111\u1ed3ng:", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("CouncilsDialog", u"H\u1ed9i \u0111\u1ed3ng s\u00e1ng ki\u1ebfn C\u00f4ng ty \u2026", None))
        self.unitLabel.setText(QCoreApplication.translate("CouncilsDialog", u"\u0110\u01a1n v\u1ecb:", None))
        self.yearLabel.setText(QCoreApplication.translate("CouncilsDialog", u"N\u0103m:", None))
        self.employerLabel.setText(QCoreApplication.translate("CouncilsDialog", u"C\u01a1 quan, doanh nghi\u1ec7p:", None))
        self.employerEdit.setPlaceholderText(QCoreApplication.translate("CouncilsDialog", u"T\u00ean in \u1edf \u0111\u1ea7u bi\u00ean b\u1ea3n v\u00e0 phi\u1ebfu \u0111\u00e1nh gi\u00e1", None))
        self.foundingNumberLabel.setText(QCoreApplication.translate("CouncilsDialog", u"Quy\u1ebft \u0111\u1ecbnh th\u00e0nh l\u1eadp s\u1ed1:", None))
        self.foundingNumberEdit.setPlaceholderText(QCoreApplication.translate("CouncilsDialog", u"05/Q\u0110-CT", None))
        self.foundingDateLabel.setText(QCoreApplication.translate("CouncilsDialog", u"Ng\u00e0y:", None))
        self.foundingDateEdit.setPlaceholderText(QCoreApplication.translate("CouncilsDialog", u"dd/mm/yyyy", None))
        self.packLabel.setText(QCoreApplication.translate("CouncilsDialog", u"Theo b\u1ed9 &quy \u0111\u1ecbnh:", None))
#if QT_CONFIG(tooltip)
        self.packCombo.setToolTip(QCoreApplication.translate("CouncilsDialog", u"C\u0103n c\u1ee9 ph\u00e1p l\u00fd, quy t\u1eafc bi\u1ec3u quy\u1ebft, ti\u00eau ch\u00ed ch\u1ea5m \u0111i\u1ec3m v\u00e0 \u0111i\u1ec1u ki\u1ec7n x\u00e9t m\u00e0 H\u1ed9i \u0111\u1ed3ng \u00e1p d\u1ee5ng. S\u1eeda ti\u00eau ch\u00ed ho\u1eb7c quy t\u1eafc \u1edf \u0111\u00e2y th\u00ec H\u1ed9i \u0111\u1ed3ng c\u00f3 b\u1ed9 quy \u0111\u1ecbnh ri\u00eang.", None))
#endif // QT_CONFIG(tooltip)
        self.packsButton.setText(QCoreApplication.translate("CouncilsDialog", u"C\u00e1c b\u1ed9 &quy \u0111\u1ecbnh\u2026", None))
        self.quorumLabel.setText(QCoreApplication.translate("CouncilsDialog", u"H\u1ecdp h\u1ee3p l\u1ec7 khi c\u00f3 m\u1eb7t \u00edt nh\u1ea5t", None))
        self.voteLabel.setText(QCoreApplication.translate("CouncilsDialog", u"s\u1ed1 th\u00e0nh vi\u00ean;   c\u00f4ng nh\u1eadn khi t\u00e1n th\u00e0nh \u00edt nh\u1ea5t", None))
        self.membersHeading.setText(QCoreApplication.translate("CouncilsDialog", u"<b>Th\u00e0nh vi\u00ean</b> (m\u1ed9t Ch\u1ee7 t\u1ecbch; th\u00e0nh vi\u00ean r\u1eddi H\u1ed9i \u0111\u1ed3ng v\u1eabn \u0111\u01b0\u1ee3c gi\u1eef trong c\u00e1c phi\u1ebfu c\u0169)", None))
        self.addMemberButton.setText(QCoreApplication.translate("CouncilsDialog", u"Th\u00eam th\u00e0nh &vi\u00ean", None))
        self.removeMemberButton.setText(QCoreApplication.translate("CouncilsDialog", u"&B\u1ecf th\u00e0nh vi\u00ean", None))
        self.tabs.setTabText(self.tabs.indexOf(self.generalTab), QCoreApplication.translate("CouncilsDialog", u"Th\u00f4ng tin v\u00e0 th\u00e0nh vi\u00ean", None))
        self.criteriaHeading.setText(QCoreApplication.translate("CouncilsDialog", u"<b>Ti\u00eau ch\u00ed</b> \u2014 \u0111i\u1ec3m s\u00e0n: d\u01b0\u1edbi m\u1ee9c n\u00e0y ti\u00eau ch\u00ed kh\u00f4ng \u0111\u1ea1t; \u201cLo\u1ea1i\u201d \u0111\u00e1nh d\u1ea5u ti\u00eau ch\u00ed m\u00e0 kh\u00f4ng \u0111\u1ea1t th\u00ec h\u1ed3 s\u01a1 kh\u00f4ng \u0111\u01b0\u1ee3c c\u00f4ng nh\u1eadn d\u00f9 t\u1ed5ng \u0111i\u1ec3m cao.", None))
        self.addCriterionButton.setText(QCoreApplication.translate("CouncilsDialog", u"Th\u00eam &ti\u00eau ch\u00ed", None))
        self.removeCriterionButton.setText(QCoreApplication.translate("CouncilsDialog", u"B\u1ecf ti\u00eau ch\u00ed", None))
        self.defaultsButton.setText(QCoreApplication.translate("CouncilsDialog", u"D\u00f9ng b\u1ed9 &m\u1eb7c \u0111\u1ecbnh", None))
        self.bandsHeading.setText(QCoreApplication.translate("CouncilsDialog", u"<b>K\u1ebft qu\u1ea3 theo t\u1ed5ng \u0111i\u1ec3m</b> (m\u1ee9c cao nh\u1ea5t tr\u01b0\u1edbc; d\u01b0\u1edbi m\u1ecdi m\u1ee9c l\u00e0 \u201cKh\u00f4ng \u0111\u1ea1t\u201d)", None))
        self.addBandButton.setText(QCoreApplication.translate("CouncilsDialog", u"Th\u00eam m\u1ee9c", None))
        self.removeBandButton.setText(QCoreApplication.translate("CouncilsDialog", u"B\u1ecf m\u1ee9c", None))
        self.dropExtremesCheck.setText(QCoreApplication.translate("CouncilsDialog", u"B\u1ecf phi\u1ebfu cao nh\u1ea5t v\u00e0 th\u1ea5p nh\u1ea5t khi c\u00f3 t\u1eeb", None))
        self.dropMinSpin.setSuffix(QCoreApplication.translate("CouncilsDialog", u" phi\u1ebfu", None))
        self.spreadLabel.setText(QCoreApplication.translate("CouncilsDialog", u"C\u1ea3nh b\u00e1o khi \u0111i\u1ec3m c\u00e1c th\u00e0nh vi\u00ean l\u1ec7ch nhau qu\u00e1:", None))
        self.spreadSpin.setSuffix(QCoreApplication.translate("CouncilsDialog", u" \u0111i\u1ec3m", None))
        self.tabs.setTabText(self.tabs.indexOf(self.rubricTab), QCoreApplication.translate("CouncilsDialog", u"Ti\u00eau ch\u00ed ch\u1ea5m \u0111i\u1ec3m", None))
        self.historyButton.setText(QCoreApplication.translate("CouncilsDialog", u"&L\u1ecbch s\u1eed thay \u0111\u1ed5i\u2026", None))
        self.deleteButton.setText(QCoreApplication.translate("CouncilsDialog", u"&X\u00f3a H\u1ed9i \u0111\u1ed3ng\u2026", None))
#if QT_CONFIG(tooltip)
        self.deleteButton.setToolTip(QCoreApplication.translate("CouncilsDialog", u"X\u00f3a H\u1ed9i \u0111\u1ed3ng ch\u01b0a h\u1ecdp l\u1ea7n n\u00e0o; H\u1ed9i \u0111\u1ed3ng \u0111\u00e3 h\u1ecdp \u0111\u01b0\u1ee3c l\u01b0u tr\u1eef (\u1ea9n kh\u1ecfi danh s\u00e1ch ch\u1ecdn, gi\u1eef l\u1ea1i cho c\u00e1c cu\u1ed9c h\u1ecdp \u0111\u00e3 ghi)", None))
#endif // QT_CONFIG(tooltip)
        self.saveButton.setText(QCoreApplication.translate("CouncilsDialog", u"&L\u01b0u", None))
        self.closeButton.setText(QCoreApplication.translate("CouncilsDialog", u"\u0110\u00f3n&g", None))
    # retranslateUi

