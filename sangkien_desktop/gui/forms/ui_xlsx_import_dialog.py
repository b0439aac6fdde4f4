# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'xlsx_import_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem,
    QVBoxLayout)

class Ui_XlsxImportDialog(object):
    def setupUi(self, XlsxImportDialog):
        if not XlsxImportDialog.objectName():
            XlsxImportDialog.setObjectName(u"XlsxImportDialog")
        XlsxImportDialog.resize(1100, 620)
        self.importLayout = QVBoxLayout(XlsxImportDialog)
        self.importLayout.setObjectName(u"importLayout")
        self.hintLabel = QLabel(XlsxImportDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.importLayout.addWidget(self.hintLabel)

        self.fileLayout = QHBoxLayout()
        self.fileLayout.setObjectName(u"fileLayout")
        self.fileLabel = QLabel(XlsxImportDialog)
        self.fileLabel.setObjectName(u"fileLabel")

        self.fileLayout.addWidget(self.fileLabel)

        self.fileEdit = QLineEdit(XlsxImportDialog)
        self.fileEdit.setObjectName(u"fileEdit")
        self.fileEdit.setReadOnly(True)

        self.fileLayout.addWidget(self.fileEdit)

        self.chooseButton = QPushButton(XlsxImportDialog)
        self.chooseButton.setObjectName(u"chooseButton")

        self.fileLayout.addWidget(self.chooseButton)

        self.recheckButton = QPushButton(XlsxImportDialog)
        self.recheckButton.setObjectName(u"recheckButton")

        self.fileLayout.addWidget(self.recheckButton)


        self.importLayout.addLayout(self.fileLayout)

        self.summaryLabel = QLabel(XlsxImportDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.importLayout.addWidget(self.summaryLabel)

        self.resultTable = QTableWidget(XlsxImportDialog)
        if (self.resultTable.columnCount() < 4):
            self.resultTable.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.resultTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.resultTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.resultTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.resultTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.resultTable.setObjectName(u"resultTable")
        self.resultTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.resultTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.resultTable.setWordWrap(True)
        self.resultTable.horizontalHeader().setStretchLastSection(True)
        self.resultTable.verticalHeader().setVisible(False)

        self.importLayout.addWidget(self.resultTable)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.errorsOnlyCheck = QCheckBox(XlsxImportDialog)
        self.errorsOnlyCheck.setObjectName(u"errorsOnlyCheck")

        self.buttonLayout.addWidget(self.errorsOnlyCheck)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.importButton = QPushButton(XlsxImportDialog)
        self.importButton.setObjectName(u"importButton")

        self.buttonLayout.addWidget(self.importButton)

        self.closeButton = QPushButton(XlsxImportDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonLayout.addWidget(self.closeButton)


        self.importLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.fileLabel.setBuddy(self.fileEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(XlsxImportDialog)

        QMetaObject.connectSlotsByName(XlsxImportDialog)
    # setupUi

    def retranslateUi(self, XlsxImportDialog):
        XlsxImportDialog.setWindowTitle(QCoreApplication.translate("XlsxImportDialog", u"Nh\u1eadp h\u1ed3 s\u01a1 t\u1eeb t\u1ec7p Excel", None))
        self.hintLabel.setText(QCoreApplication.translate("XlsxImportDialog", u"Ch\u1ecdn t\u1ec7p Excel (.xlsx) theo m\u1eabu nh\u1eadp h\u1ed3 s\u01a1. Ch\u01b0\u01a1ng tr\u00ecnh ki\u1ec3m tra t\u1eebng d\u00f2ng tr\u01b0\u1edbc; ch\u1ec9 khi kh\u00f4ng c\u00f2n l\u1ed7i m\u1edbi nh\u1eadp \u0111\u01b0\u1ee3c, v\u00e0 nh\u1eadp t\u1ea5t c\u1ea3 c\u00f9ng m\u1ed9t l\u1ea7n.", None))
        self.fileLabel.setText(QCoreApplication.translate("XlsxImportDialog", u"&T\u1ec7p:", None))
        self.fileEdit.setPlaceholderText(QCoreApplication.translate("XlsxImportDialog", u"ch\u01b0a ch\u1ecdn t\u1ec7p", None))
        self.chooseButton.setText(QCoreApplication.translate("XlsxImportDialog", u"&Ch\u1ecdn t\u1ec7p\u2026", None))
#if QT_CONFIG(tooltip)
        self.recheckButton.setToolTip(QCoreApplication.translate("XlsxImportDialog", u"\u0110\u1ecdc l\u1ea1i t\u1ec7p sau khi \u0111\u00e3 s\u1eeda trong Excel (nh\u1edb l\u01b0u t\u1ec7p tr\u01b0\u1edbc)", None))
#endif // QT_CONFIG(tooltip)
        self.recheckButton.setText(QCoreApplication.translate("XlsxImportDialog", u"&Ki\u1ec3m tra l\u1ea1i", None))
        ___qtablewidgetitem = self.resultTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("XlsxImportDialog", u"D\u00f2ng", None))
        ___qtablewidgetitem1 = self.resultTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("XlsxImportDialog", u"K\u1ebft qu\u1ea3", None))
        ___qtablewidgetitem2 = self.resultTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("XlsxImportDialog", u"H\u1ed3 s\u01a1 s\u1ebd t\u1ea1o", None))
        ___qtablewidgetitem3 = self.resultTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("XlsxImportDialog", u"V\u1ea5n \u0111\u1ec1 v\u00e0 c\u00e1ch s\u1eeda", None))
        self.errorsOnlyCheck.setText(QCoreApplication.translate("XlsxImportDialog", u"Ch\u1ec9 hi\u1ec7n d\u00f2ng c\u00f3 &v\u1ea5n \u0111\u1ec1", None))
        self.importButton.setText(QCoreApplication.translate("XlsxImportDialog", u"&Nh\u1eadp", None))
        self.closeButton.setText(QCoreApplication.translate("XlsxImportDialog", u"\u0110\u00f3n&g", None))
    # retranslateUi

