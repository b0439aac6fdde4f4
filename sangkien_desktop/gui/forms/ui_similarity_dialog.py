# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'similarity_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QGridLayout,
    QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QSpinBox, QSplitter,
    QTableWidget, QTableWidgetItem, QTextBrowser, QVBoxLayout, QWidget)

class Ui_SimilarityDialog(object):
    def setupUi(self, SimilarityDialog):
        if not SimilarityDialog.objectName():
            SimilarityDialog.setObjectName(u"SimilarityDialog")
        SimilarityDialog.resize(1000, 680)
        self.similarityLayout = QVBoxLayout(SimilarityDialog)
        self.similarityLayout.setObjectName(u"similarityLayout")
        self.summaryLabel = QLabel(SimilarityDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.similarityLayout.addWidget(self.summaryLabel)

        self.splitter = QSplitter(SimilarityDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.matchesTable = QTableWidget(self.splitter)
        if (self.matchesTable.columnCount() < 5):
            self.matchesTable.setColumnCount(5)
        __qtablewidgetitem = QTableWidgetItem()
        self.matchesTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.matchesTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.matchesTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.matchesTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.matchesTable.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        self.matchesTable.setObjectName(u"matchesTable")
        self.matchesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.matchesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.matchesTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.splitter.addWidget(self.matchesTable)
        self.matchesTable.horizontalHeader().setStretchLastSection(True)
        self.matchesTable.verticalHeader().setVisible(False)
        self.sideBySide = QWidget(self.splitter)
        self.sideBySide.setObjectName(u"sideBySide")
        self.sideLayout = QGridLayout(self.sideBySide)
        self.sideLayout.setObjectName(u"sideLayout")
        self.sideLayout.setContentsMargins(0, 0, 0, 0)
        self.mineLabel = QLabel(self.sideBySide)
        self.mineLabel.setObjectName(u"mineLabel")
        self.mineLabel.setWordWrap(True)

        self.sideLayout.addWidget(self.mineLabel, 0, 0, 1, 1)

        self.otherLabel = QLabel(self.sideBySide)
        self.otherLabel.setObjectName(u"otherLabel")
        self.otherLabel.setWordWrap(True)

        self.sideLayout.addWidget(self.otherLabel, 0, 1, 1, 1)

        self.mineText = QTextBrowser(self.sideBySide)
        self.mineText.setObjectName(u"mineText")

        self.sideLayout.addWidget(self.mineText, 1, 0, 1, 1)

        self.otherText = QTextBrowser(self.sideBySide)
        self.otherText.setObjectName(u"otherText")

        self.sideLayout.addWidget(self.otherText, 1, 1, 1, 1)

        self.splitter.addWidget(self.sideBySide)

        self.similarityLayout.addWidget(self.splitter)

        self.noteLabel = QLabel(SimilarityDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)

        self.similarityLayout.addWidget(self.noteLabel)

        self.thresholdRow = QHBoxLayout()
        self.thresholdRow.setObjectName(u"thresholdRow")
        self.showLabel = QLabel(SimilarityDialog)
        self.showLabel.setObjectName(u"showLabel")

        self.thresholdRow.addWidget(self.showLabel)

        self.showSpin = QSpinBox(SimilarityDialog)
        self.showSpin.setObjectName(u"showSpin")
        self.showSpin.setMinimum(1)
        self.showSpin.setMaximum(100)

        self.thresholdRow.addWidget(self.showSpin)

        self.warnLabel = QLabel(SimilarityDialog)
        self.warnLabel.setObjectName(u"warnLabel")

        self.thresholdRow.addWidget(self.warnLabel)

        self.warnSpin = QSpinBox(SimilarityDialog)
        self.warnSpin.setObjectName(u"warnSpin")
        self.warnSpin.setMinimum(1)
        self.warnSpin.setMaximum(100)

        self.thresholdRow.addWidget(self.warnSpin)

        self.saveThresholdsButton = QPushButton(SimilarityDialog)
        self.saveThresholdsButton.setObjectName(u"saveThresholdsButton")

        self.thresholdRow.addWidget(self.saveThresholdsButton)

        self.thresholdSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.thresholdRow.addItem(self.thresholdSpacer)


        self.similarityLayout.addLayout(self.thresholdRow)

        self.buttonBox = QDialogButtonBox(SimilarityDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.similarityLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.showLabel.setBuddy(self.showSpin)
        self.warnLabel.setBuddy(self.warnSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SimilarityDialog)

        QMetaObject.connectSlotsByName(SimilarityDialog)
    # setupUi

    def retranslateUi(self, SimilarityDialog):
        SimilarityDialog.setWindowTitle(QCoreApplication.translate("SimilarityDialog", u"So s\u00e1nh v\u1edbi h\u1ed3 s\u01a1 gi\u1ed1ng", None))
        ___qtablewidgetitem = self.matchesTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("SimilarityDialog", u"Gi\u1ed1ng", None))
        ___qtablewidgetitem1 = self.matchesTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("SimilarityDialog", u"M\u00e3 h\u1ed3 s\u01a1", None))
        ___qtablewidgetitem2 = self.matchesTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("SimilarityDialog", u"T\u00ean s\u00e1ng ki\u1ebfn", None))
        ___qtablewidgetitem3 = self.matchesTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("SimilarityDialog", u"\u0110\u01a1n v\u1ecb", None))
        ___qtablewidgetitem4 = self.matchesTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("SimilarityDialog", u"Tr\u1ea1ng th\u00e1i", None))
        self.noteLabel.setText(QCoreApplication.translate("SimilarityDialog", u"Ph\u1ea7n t\u00f4 v\u00e0ng l\u00e0 c\u00e1c \u0111o\u1ea1n c\u00f3 \u00edt nh\u1ea5t ba t\u1eeb li\u1ec1n nhau gi\u1ed1ng nhau (kh\u00f4ng ph\u00e2n bi\u1ec7t d\u1ea5u, ch\u1eef hoa). Ti\u00eau \u0111\u1ec1 m\u1ee5c c\u1ee7a m\u1eabu \u0111\u01a1n v\u00e0 c\u00e1c c\u00e2u tr\u00edch d\u1eabn v\u0103n b\u1ea3n ph\u00e1p lu\u1eadt kh\u00f4ng \u0111\u01b0\u1ee3c t\u00ednh. \u0110\u00e2y ch\u1ec9 l\u00e0 g\u1ee3i \u00fd \u0111\u1ec3 H\u1ed9i \u0111\u1ed3ng xem x\u00e9t, kh\u00f4ng ph\u1ea3i k\u1ebft lu\u1eadn tr\u00f9ng l\u1eb7p.", None))
        self.showLabel.setText(QCoreApplication.translate("SimilarityDialog", u"Ng\u01b0\u1ee1ng (cho c\u1ea3 \u0111\u01a1n v\u1ecb): &li\u1ec7t k\u00ea h\u1ed3 s\u01a1 gi\u1ed1ng t\u1eeb", None))
        self.showSpin.setSuffix(QCoreApplication.translate("SimilarityDialog", u" %", None))
        self.warnLabel.setText(QCoreApplication.translate("SimilarityDialog", u"&c\u1ea3nh b\u00e1o t\u1eeb", None))
        self.warnSpin.setSuffix(QCoreApplication.translate("SimilarityDialog", u" %", None))
        self.saveThresholdsButton.setText(QCoreApplication.translate("SimilarityDialog", u"L\u01b0u &ng\u01b0\u1ee1ng", None))
    # retranslateUi

