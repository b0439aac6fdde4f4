# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'received_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QGroupBox, QHBoxLayout, QLabel,
    QListWidget, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QTreeWidget,
    QVBoxLayout)

class Ui_ReceivedDialog(object):
    def setupUi(self, ReceivedDialog):
        if not ReceivedDialog.objectName():
            ReceivedDialog.setObjectName(u"ReceivedDialog")
        ReceivedDialog.resize(1100, 620)
        self.receivedLayout = QVBoxLayout(ReceivedDialog)
        self.receivedLayout.setObjectName(u"receivedLayout")
        self.summaryLabel = QLabel(ReceivedDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.receivedLayout.addWidget(self.summaryLabel)

        self.splitter = QSplitter(ReceivedDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.receivedTree = QTreeWidget(self.splitter)
        self.receivedTree.setObjectName(u"receivedTree")
        self.receivedTree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.receivedTree.setAlternatingRowColors(True)
        self.receivedTree.setColumnCount(3)
        self.splitter.addWidget(self.receivedTree)
        self.papersBox = QGroupBox(self.splitter)
        self.papersBox.setObjectName(u"papersBox")
        self.papersLayout = QVBoxLayout(self.papersBox)
        self.papersLayout.setObjectName(u"papersLayout")
        self.paperList = QListWidget(self.papersBox)
        self.paperList.setObjectName(u"paperList")

        self.papersLayout.addWidget(self.paperList)

        self.openPaperButton = QPushButton(self.papersBox)
        self.openPaperButton.setObjectName(u"openPaperButton")

        self.papersLayout.addWidget(self.openPaperButton)

        self.splitter.addWidget(self.papersBox)

        self.receivedLayout.addWidget(self.splitter)

        self.receivedButtons = QHBoxLayout()
        self.receivedButtons.setObjectName(u"receivedButtons")
        self.importButton = QPushButton(ReceivedDialog)
        self.importButton.setObjectName(u"importButton")

        self.receivedButtons.addWidget(self.importButton)

        self.nominateButton = QPushButton(ReceivedDialog)
        self.nominateButton.setObjectName(u"nominateButton")

        self.receivedButtons.addWidget(self.nominateButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.receivedButtons.addItem(self.buttonSpacer)

        self.closeButton = QPushButton(ReceivedDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.receivedButtons.addWidget(self.closeButton)


        self.receivedLayout.addLayout(self.receivedButtons)

        self.receivedLayout.setStretch(1, 1)

        self.retranslateUi(ReceivedDialog)

        QMetaObject.connectSlotsByName(ReceivedDialog)
    # setupUi

    def retranslateUi(self, ReceivedDialog):
        ReceivedDialog.setWindowTitle(QCoreApplication.translate("ReceivedDialog", u"H\u1ed3 s\u01a1 nh\u1eadn t\u1eeb \u0111\u01a1n v\u1ecb c\u1ea5p d\u01b0\u1edbi", None))
        ___qtreewidgetitem = self.receivedTree.headerItem()
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("ReceivedDialog", u"\u1ede \u0111\u01a1n v\u1ecb n\u00e0y", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("ReceivedDialog", u"Quy\u1ebft \u0111\u1ecbnh c\u00f4ng nh\u1eadn (c\u1ee7a \u0111\u01a1n v\u1ecb g\u1eedi)", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("ReceivedDialog", u"\u0110\u01a1n v\u1ecb g\u1eedi / \u0111\u1ee3t \u0111\u1ec1 ngh\u1ecb / h\u1ed3 s\u01a1", None))
        self.papersBox.setTitle(QCoreApplication.translate("ReceivedDialog", u"V\u0103n b\u1ea3n nh\u1eadn \u0111\u01b0\u1ee3c", None))
        self.openPaperButton.setText(QCoreApplication.translate("ReceivedDialog", u"&M\u1edf v\u0103n b\u1ea3n", None))
        self.importButton.setText(QCoreApplication.translate("ReceivedDialog", u"&Nh\u1eadn g\u00f3i h\u1ed3 s\u01a1\u2026", None))
#if QT_CONFIG(tooltip)
        self.nominateButton.setToolTip(QCoreApplication.translate("ReceivedDialog", u"L\u1eadp \u0111\u1ee3t \u0111\u1ec1 ngh\u1ecb c\u1ee7a \u0111\u01a1n v\u1ecb n\u00e0y l\u00ean c\u1ea5p tr\u00ean: h\u1ed3 s\u01a1 nh\u1eadn \u0111\u01b0\u1ee3c \u0111\u00e3 \u0111\u01b0\u1ee3c \u0111\u01a1n v\u1ecb g\u1eedi c\u00f4ng nh\u1eadn c\u00f3 trong danh s\u00e1ch \u0111\u1ec3 ch\u1ecdn", None))
#endif // QT_CONFIG(tooltip)
        self.nominateButton.setText(QCoreApplication.translate("ReceivedDialog", u"\u0110\u1ec1 ngh\u1ecb &l\u00ean c\u1ea5p tr\u00ean\u2026", None))
        self.closeButton.setText(QCoreApplication.translate("ReceivedDialog", u"\u0110\u00f3n&g", None))
    # retranslateUi

