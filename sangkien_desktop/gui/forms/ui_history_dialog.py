# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'history_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QCheckBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTreeWidget, QVBoxLayout)

class Ui_HistoryDialog(object):
    def setupUi(self, HistoryDialog):
        if not HistoryDialog.objectName():
            HistoryDialog.setObjectName(u"HistoryDialog")
        HistoryDialog.resize(940, 560)
        self.historyLayout = QVBoxLayout(HistoryDialog)
        self.historyLayout.setObjectName(u"historyLayout")
        self.headingLabel = QLabel(HistoryDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setWordWrap(True)
        self.headingLabel.setTextFormat(Qt.TextFormat.RichText)

        self.historyLayout.addWidget(self.headingLabel)

        self.historyTree = QTreeWidget(HistoryDialog)
        self.historyTree.setObjectName(u"historyTree")
        self.historyTree.setAlternatingRowColors(True)
        self.historyTree.setUniformRowHeights(False)
        self.historyTree.setWordWrap(True)
        self.historyTree.setColumnCount(4)

        self.historyLayout.addWidget(self.historyTree)

        self.bottomRow = QHBoxLayout()
        self.bottomRow.setObjectName(u"bottomRow")
        self.expandCheck = QCheckBox(HistoryDialog)
        self.expandCheck.setObjectName(u"expandCheck")
        self.expandCheck.setChecked(True)

        self.bottomRow.addWidget(self.expandCheck)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomRow.addItem(self.bottomSpacer)

        self.closeButton = QPushButton(HistoryDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.bottomRow.addWidget(self.closeButton)


        self.historyLayout.addLayout(self.bottomRow)


        self.retranslateUi(HistoryDialog)

        self.closeButton.setDefault(True)


        QMetaObject.connectSlotsByName(HistoryDialog)
    # setupUi

    def retranslateUi(self, HistoryDialog):
        HistoryDialog.setWindowTitle(QCoreApplication.translate("HistoryDialog", u"L\u1ecbch s\u1eed thay \u0111\u1ed5i", None))
        ___qtreewidgetitem = self.historyTree.headerItem()
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("HistoryDialog", u"N\u1ed9i dung", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("HistoryDialog", u"Thao t\u00e1c", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("HistoryDialog", u"Ng\u01b0\u1eddi th\u1ef1c hi\u1ec7n", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("HistoryDialog", u"Th\u1eddi gian", None))
        self.expandCheck.setText(QCoreApplication.translate("HistoryDialog", u"&Hi\u1ec7n chi ti\u1ebft m\u1ecdi thay \u0111\u1ed5i", None))
        self.closeButton.setText(QCoreApplication.translate("HistoryDialog", u"\u0110\u00f3n&g", None))
    # retranslateUi

