# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'targets_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTabWidget, QTableWidget, QVBoxLayout, QWidget)

class Ui_TargetsDialog(object):
    def setupUi(self, TargetsDialog):
        if not TargetsDialog.objectName():
            TargetsDialog.setObjectName(u"TargetsDialog")
        TargetsDialog.resize(1100, 720)
        self.targetsLayout = QVBoxLayout(TargetsDialog)
        self.targetsLayout.setObjectName(u"targetsLayout")
        self.campaignRow = QHBoxLayout()
        self.campaignRow.setObjectName(u"campaignRow")
        self.campaignLabel = QLabel(TargetsDialog)
        self.campaignLabel.setObjectName(u"campaignLabel")

        self.campaignRow.addWidget(self.campaignLabel)

        self.campaignCombo = QComboBox(TargetsDialog)
        self.campaignCombo.setObjectName(u"campaignCombo")

        self.campaignRow.addWidget(self.campaignCombo)

        self.campaignSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.campaignRow.addItem(self.campaignSpacer)


        self.targetsLayout.addLayout(self.campaignRow)

        self.tabs = QTabWidget(TargetsDialog)
        self.tabs.setObjectName(u"tabs")
        self.allocationTab = QWidget()
        self.allocationTab.setObjectName(u"allocationTab")
        self.allocationLayout = QVBoxLayout(self.allocationTab)
        self.allocationLayout.setObjectName(u"allocationLayout")
        self.allocationHint = QLabel(self.allocationTab)
        self.allocationHint.setObjectName(u"allocationHint")
        self.allocationHint.setWordWrap(True)

        self.allocationLayout.addWidget(self.allocationHint)

        self.allocationTable = QTableWidget(self.allocationTab)
        self.allocationTable.setObjectName(u"allocationTable")
        self.allocationTable.horizontalHeader().setStretchLastSection(False)

        self.allocationLayout.addWidget(self.allocationTable)

        self.allocationButtons = QHBoxLayout()
        self.allocationButtons.setObjectName(u"allocationButtons")
        self.addUnitButton = QPushButton(self.allocationTab)
        self.addUnitButton.setObjectName(u"addUnitButton")

        self.allocationButtons.addWidget(self.addUnitButton)

        self.removeUnitButton = QPushButton(self.allocationTab)
        self.removeUnitButton.setObjectName(u"removeUnitButton")

        self.allocationButtons.addWidget(self.removeUnitButton)

        self.fillUnitsButton = QPushButton(self.allocationTab)
        self.fillUnitsButton.setObjectName(u"fillUnitsButton")

        self.allocationButtons.addWidget(self.fillUnitsButton)

        self.allocationSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.allocationButtons.addItem(self.allocationSpacer)

        self.saveTargetsButton = QPushButton(self.allocationTab)
        self.saveTargetsButton.setObjectName(u"saveTargetsButton")

        self.allocationButtons.addWidget(self.saveTargetsButton)


        self.allocationLayout.addLayout(self.allocationButtons)

        self.tabs.addTab(self.allocationTab, "")
        self.progressTab = QWidget()
        self.progressTab.setObjectName(u"progressTab")
        self.progressLayout = QVBoxLayout(self.progressTab)
        self.progressLayout.setObjectName(u"progressLayout")
        self.asOfLabel = QLabel(self.progressTab)
        self.asOfLabel.setObjectName(u"asOfLabel")

        self.progressLayout.addWidget(self.asOfLabel)

        self.progressTable = QTableWidget(self.progressTab)
        self.progressTable.setObjectName(u"progressTable")
        self.progressTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.progressTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.progressTable.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.progressTable.verticalHeader().setVisible(False)

        self.progressLayout.addWidget(self.progressTable)

        self.chartHost = QWidget(self.progressTab)
        self.chartHost.setObjectName(u"chartHost")
        self.chartHost.setMinimumSize(QSize(0, 230))
        self.chartLayout = QVBoxLayout(self.chartHost)
        self.chartLayout.setObjectName(u"chartLayout")
        self.chartLayout.setContentsMargins(0, 0, 0, 0)

        self.progressLayout.addWidget(self.chartHost)

        self.progressButtons = QHBoxLayout()
        self.progressButtons.setObjectName(u"progressButtons")
        self.printReportButton = QPushButton(self.progressTab)
        self.printReportButton.setObjectName(u"printReportButton")

        self.progressButtons.addWidget(self.printReportButton)

        self.printSheetsButton = QPushButton(self.progressTab)
        self.printSheetsButton.setObjectName(u"printSheetsButton")

        self.progressButtons.addWidget(self.printSheetsButton)

        self.exportXlsxButton = QPushButton(self.progressTab)
        self.exportXlsxButton.setObjectName(u"exportXlsxButton")

        self.progressButtons.addWidget(self.exportXlsxButton)

        self.progressSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.progressButtons.addItem(self.progressSpacer)


        self.progressLayout.addLayout(self.progressButtons)

        self.tabs.addTab(self.progressTab, "")

        self.targetsLayout.addWidget(self.tabs)

        self.closeRow = QHBoxLayout()
        self.closeRow.setObjectName(u"closeRow")
        self.noticeLabel = QLabel(TargetsDialog)
        self.noticeLabel.setObjectName(u"noticeLabel")
        self.noticeLabel.setWordWrap(True)
        self.noticeLabel.setStyleSheet(u"QLabel { color: #14532d; }")
        self.noticeLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.closeRow.addWidget(self.noticeLabel)

        self.closeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.closeRow.addItem(self.closeSpacer)

        self.closeButton = QPushButton(TargetsDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.closeRow.addWidget(self.closeButton)

        self.closeRow.setStretch(0, 1)

        self.targetsLayout.addLayout(self.closeRow)

#if QT_CONFIG(shortcut)
        self.campaignLabel.setBuddy(self.campaignCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TargetsDialog)

        QMetaObject.connectSlotsByName(TargetsDialog)
    # setupUi

    def retranslateUi(self, TargetsDialog):
        TargetsDialog.setWindowTitle(QCoreApplication.translate("TargetsDialog", u"Ch\u1ec9 ti\u00eau v\u00e0 ti\u1ebfn \u0111\u1ed9", None))
        self.campaignLabel.setText(QCoreApplication.translate("TargetsDialog", u"&Ch\u01b0\u01a1ng tr\u00ecnh:", None))
        self.allocationHint.setText(QCoreApplication.translate("TargetsDialog", u"M\u1ed7i d\u00f2ng m\u1ed9t \u0111\u01a1n v\u1ecb, m\u1ed7i c\u1ed9t m\u1ed9t \u0111\u1ee3t: s\u1ed1 s\u00e1ng ki\u1ebfn \u0111\u01a1n v\u1ecb c\u1ea7n c\u00f3. \u00d4 tr\u1ed1ng ho\u1eb7c 0 l\u00e0 kh\u00f4ng giao ch\u1ec9 ti\u00eau.", None))
        self.addUnitButton.setText(QCoreApplication.translate("TargetsDialog", u"&Th\u00eam \u0111\u01a1n v\u1ecb", None))
        self.removeUnitButton.setText(QCoreApplication.translate("TargetsDialog", u"&B\u1ecf d\u00f2ng", None))
        self.fillUnitsButton.setText(QCoreApplication.translate("TargetsDialog", u"L\u1ea5y \u0111\u01a1n v\u1ecb &t\u1eeb h\u1ed3 s\u01a1", None))
        self.saveTargetsButton.setText(QCoreApplication.translate("TargetsDialog", u"&L\u01b0u ch\u1ec9 ti\u00eau", None))
        self.tabs.setTabText(self.tabs.indexOf(self.allocationTab), QCoreApplication.translate("TargetsDialog", u"Ph\u00e2n b\u1ed5 ch\u1ec9 ti\u00eau", None))
        self.asOfLabel.setText("")
        self.printReportButton.setText(QCoreApplication.translate("TargetsDialog", u"In &b\u00e1o c\u00e1o ch\u1ec9 ti\u00eau\u2026", None))
        self.printSheetsButton.setText(QCoreApplication.translate("TargetsDialog", u"In &phi\u1ebfu t\u00f3m t\u1eaft \u0111\u01a1n v\u1ecb\u2026", None))
        self.exportXlsxButton.setText(QCoreApplication.translate("TargetsDialog", u"Xu\u1ea5t b\u1ea3ng ti\u1ebfn \u0111\u1ed9 ra &Excel\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.progressTab), QCoreApplication.translate("TargetsDialog", u"Ti\u1ebfn \u0111\u1ed9", None))
        self.closeButton.setText(QCoreApplication.translate("TargetsDialog", u"\u0110\u00f3n&g", None))
    # retranslateUi

