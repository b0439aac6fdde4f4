# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_package_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QHBoxLayout, QLabel,
    QListWidget, QRadioButton, QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_ImportPackageDialog(object):
    def setupUi(self, ImportPackageDialog):
        if not ImportPackageDialog.objectName():
            ImportPackageDialog.setObjectName(u"ImportPackageDialog")
        ImportPackageDialog.resize(1000, 620)
        self.importLayout = QVBoxLayout(ImportPackageDialog)
        self.importLayout.setObjectName(u"importLayout")
        self.summaryLabel = QLabel(ImportPackageDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextFormat(Qt.TextFormat.RichText)

        self.importLayout.addWidget(self.summaryLabel)

        self.conflictHint = QLabel(ImportPackageDialog)
        self.conflictHint.setObjectName(u"conflictHint")
        self.conflictHint.setWordWrap(True)

        self.importLayout.addWidget(self.conflictHint)

        self.conflictSplitter = QSplitter(ImportPackageDialog)
        self.conflictSplitter.setObjectName(u"conflictSplitter")
        self.conflictSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.conflictList = QListWidget(self.conflictSplitter)
        self.conflictList.setObjectName(u"conflictList")
        self.conflictSplitter.addWidget(self.conflictList)
        self.sideBySide = QWidget(self.conflictSplitter)
        self.sideBySide.setObjectName(u"sideBySide")
        self.sideLayout = QVBoxLayout(self.sideBySide)
        self.sideLayout.setObjectName(u"sideLayout")
        self.sideLayout.setContentsMargins(0, 0, 0, 0)
        self.diffTable = QTableWidget(self.sideBySide)
        if (self.diffTable.columnCount() < 3):
            self.diffTable.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.diffTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.diffTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.diffTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.diffTable.setObjectName(u"diffTable")
        self.diffTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.diffTable.setWordWrap(True)
        self.diffTable.setColumnCount(3)
        self.diffTable.horizontalHeader().setStretchLastSection(True)
        self.diffTable.verticalHeader().setVisible(False)

        self.sideLayout.addWidget(self.diffTable)

        self.noteLabel = QLabel(self.sideBySide)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)

        self.sideLayout.addWidget(self.noteLabel)

        self.choiceLayout = QHBoxLayout()
        self.choiceLayout.setObjectName(u"choiceLayout")
        self.keepMineRadio = QRadioButton(self.sideBySide)
        self.keepMineRadio.setObjectName(u"keepMineRadio")

        self.choiceLayout.addWidget(self.keepMineRadio)

        self.takeTheirsRadio = QRadioButton(self.sideBySide)
        self.takeTheirsRadio.setObjectName(u"takeTheirsRadio")

        self.choiceLayout.addWidget(self.takeTheirsRadio)

        self.keepBothRadio = QRadioButton(self.sideBySide)
        self.keepBothRadio.setObjectName(u"keepBothRadio")

        self.choiceLayout.addWidget(self.keepBothRadio)


        self.sideLayout.addLayout(self.choiceLayout)

        self.sideLayout.setStretch(0, 1)
        self.conflictSplitter.addWidget(self.sideBySide)

        self.importLayout.addWidget(self.conflictSplitter)

        self.buttonBox = QDialogButtonBox(ImportPackageDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.importLayout.addWidget(self.buttonBox)

        self.importLayout.setStretch(2, 1)

        self.retranslateUi(ImportPackageDialog)

        QMetaObject.connectSlotsByName(ImportPackageDialog)
    # setupUi

    def retranslateUi(self, ImportPackageDialog):
        ImportPackageDialog.setWindowTitle(QCoreApplication.translate("ImportPackageDialog", u"Nh\u1eadn g\u00f3i h\u1ed3 s\u01a1", None))
        self.conflictHint.setText(QCoreApplication.translate("ImportPackageDialog", u"C\u00e1c m\u1ee5c d\u01b0\u1edbi \u0111\u00e2y \u0111\u00e3 c\u00f3 \u1edf m\u00e1y n\u00e0y nh\u01b0ng kh\u00e1c n\u1ed9i dung. Ch\u1ecdn t\u1eebng m\u1ee5c: gi\u1eef b\u1ea3n c\u1ee7a m\u00e1y n\u00e0y, l\u1ea5y b\u1ea3n nh\u1eadn \u0111\u01b0\u1ee3c (b\u1ea3n c\u0169 \u0111\u01b0\u1ee3c ghi v\u00e0o l\u1ecbch s\u1eed), ho\u1eb7c gi\u1eef c\u1ea3 hai. Kh\u00f4ng c\u00f3 g\u00ec b\u1ecb ghi \u0111\u00e8 khi b\u1ea1n ch\u01b0a ch\u1ecdn.", None))
        ___qtablewidgetitem = self.diffTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ImportPackageDialog", u"M\u1ee5c", None))
        ___qtablewidgetitem1 = self.diffTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ImportPackageDialog", u"\u1ede m\u00e1y n\u00e0y", None))
        ___qtablewidgetitem2 = self.diffTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ImportPackageDialog", u"Nh\u1eadn \u0111\u01b0\u1ee3c", None))
        self.keepMineRadio.setText(QCoreApplication.translate("ImportPackageDialog", u"Gi\u1eef b\u1ea3n c\u1ee7a &m\u00e1y n\u00e0y", None))
        self.takeTheirsRadio.setText(QCoreApplication.translate("ImportPackageDialog", u"&L\u1ea5y b\u1ea3n nh\u1eadn \u0111\u01b0\u1ee3c", None))
        self.keepBothRadio.setText(QCoreApplication.translate("ImportPackageDialog", u"Gi\u1eef &c\u1ea3 hai", None))
    # retranslateUi

