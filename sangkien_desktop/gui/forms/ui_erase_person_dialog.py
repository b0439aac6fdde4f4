# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'erase_person_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_ErasePersonDialog(object):
    def setupUi(self, ErasePersonDialog):
        if not ErasePersonDialog.objectName():
            ErasePersonDialog.setObjectName(u"ErasePersonDialog")
        ErasePersonDialog.resize(1000, 620)
        self.eraseLayout = QVBoxLayout(ErasePersonDialog)
        self.eraseLayout.setObjectName(u"eraseLayout")
        self.introLabel = QLabel(ErasePersonDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.eraseLayout.addWidget(self.introLabel)

        self.searchLayout = QHBoxLayout()
        self.searchLayout.setObjectName(u"searchLayout")
        self.nameLabel = QLabel(ErasePersonDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.searchLayout.addWidget(self.nameLabel)

        self.nameEdit = QLineEdit(ErasePersonDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.searchLayout.addWidget(self.nameEdit)

        self.cccdLabel = QLabel(ErasePersonDialog)
        self.cccdLabel.setObjectName(u"cccdLabel")

        self.searchLayout.addWidget(self.cccdLabel)

        self.cccdEdit = QLineEdit(ErasePersonDialog)
        self.cccdEdit.setObjectName(u"cccdEdit")

        self.searchLayout.addWidget(self.cccdEdit)

        self.phoneLabel = QLabel(ErasePersonDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.searchLayout.addWidget(self.phoneLabel)

        self.phoneEdit = QLineEdit(ErasePersonDialog)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.searchLayout.addWidget(self.phoneEdit)

        self.findButton = QPushButton(ErasePersonDialog)
        self.findButton.setObjectName(u"findButton")

        self.searchLayout.addWidget(self.findButton)


        self.eraseLayout.addLayout(self.searchLayout)

        self.resultsTable = QTableWidget(ErasePersonDialog)
        if (self.resultsTable.columnCount() < 6):
            self.resultsTable.setColumnCount(6)
        __qtablewidgetitem = QTableWidgetItem()
        self.resultsTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.resultsTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.resultsTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.resultsTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.resultsTable.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.resultsTable.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        self.resultsTable.setObjectName(u"resultsTable")
        self.resultsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.resultsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.resultsTable.setColumnCount(6)
        self.resultsTable.horizontalHeader().setStretchLastSection(True)
        self.resultsTable.verticalHeader().setVisible(False)

        self.eraseLayout.addWidget(self.resultsTable)

        self.summaryLabel = QLabel(ErasePersonDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.eraseLayout.addWidget(self.summaryLabel)

        self.reasonLayout = QHBoxLayout()
        self.reasonLayout.setObjectName(u"reasonLayout")
        self.reasonLabel = QLabel(ErasePersonDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.reasonLayout.addWidget(self.reasonLabel)

        self.reasonEdit = QLineEdit(ErasePersonDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.reasonLayout.addWidget(self.reasonEdit)


        self.eraseLayout.addLayout(self.reasonLayout)

        self.backupsCheck = QCheckBox(ErasePersonDialog)
        self.backupsCheck.setObjectName(u"backupsCheck")
        self.backupsCheck.setChecked(True)

        self.eraseLayout.addWidget(self.backupsCheck)

        self.eraseButtons = QHBoxLayout()
        self.eraseButtons.setObjectName(u"eraseButtons")
        self.eraseButton = QPushButton(ErasePersonDialog)
        self.eraseButton.setObjectName(u"eraseButton")

        self.eraseButtons.addWidget(self.eraseButton)

        self.eraseSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.eraseButtons.addItem(self.eraseSpacer)

        self.closeButton = QPushButton(ErasePersonDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.eraseButtons.addWidget(self.closeButton)


        self.eraseLayout.addLayout(self.eraseButtons)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.cccdLabel.setBuddy(self.cccdEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.cccdEdit)
        QWidget.setTabOrder(self.cccdEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.findButton)
        QWidget.setTabOrder(self.findButton, self.resultsTable)
        QWidget.setTabOrder(self.resultsTable, self.reasonEdit)
        QWidget.setTabOrder(self.reasonEdit, self.backupsCheck)
        QWidget.setTabOrder(self.backupsCheck, self.eraseButton)
        QWidget.setTabOrder(self.eraseButton, self.closeButton)

        self.retranslateUi(ErasePersonDialog)

        self.findButton.setDefault(True)


        QMetaObject.connectSlotsByName(ErasePersonDialog)
    # setupUi

    def retranslateUi(self, ErasePersonDialog):
        ErasePersonDialog.setWindowTitle(QCoreApplication.translate("ErasePersonDialog", u"X\u00f3a d\u1eef li\u1ec7u c\u00e1 nh\u00e2n c\u1ee7a m\u1ed9t ng\u01b0\u1eddi", None))
        self.introLabel.setText(QCoreApplication.translate("ErasePersonDialog", u"T\u00ecm m\u1ed9t ng\u01b0\u1eddi trong m\u1ecdi h\u1ed3 s\u01a1 (k\u1ec3 c\u1ea3 th\u00f9ng r\u00e1c v\u00e0 phi\u00ean b\u1ea3n c\u0169) \u0111\u1ec3 x\u00f3a s\u1ed1 CCCD/CMND, s\u1ed1 \u0111i\u1ec7n tho\u1ea1i, ng\u00e0y sinh v\u00e0 n\u01a1i c\u00f4ng t\u00e1c / n\u01a1i th\u01b0\u1eddng tr\u00fa c\u1ee7a h\u1ecd, theo Lu\u1eadt B\u1ea3o v\u1ec7 d\u1eef li\u1ec7u c\u00e1 nh\u00e2n. H\u1ecd t\u00ean v\u00e0 t\u1ef7 l\u1ec7 \u0111\u00f3ng g\u00f3p \u0111\u01b0\u1ee3c gi\u1eef: h\u1ed3 s\u01a1 \u0111\u00e3 c\u00f4ng nh\u1eadn v\u00e0 quy\u1ebft \u0111\u1ecbnh l\u00e0 v\u0103n b\u1ea3n ph\u00e1p l\u00fd.", None))
        self.nameLabel.setText(QCoreApplication.translate("ErasePersonDialog", u"&H\u1ecd v\u00e0 t\u00ean:", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("ErasePersonDialog", u"g\u00f5 c\u00f3 d\u1ea5u hay kh\u00f4ng d\u1ea5u \u0111\u1ec1u \u0111\u01b0\u1ee3c", None))
        self.cccdLabel.setText(QCoreApplication.translate("ErasePersonDialog", u"S\u1ed1 &CCCD/CMND:", None))
        self.phoneLabel.setText(QCoreApplication.translate("ErasePersonDialog", u"S\u1ed1 \u0111i&\u1ec7n tho\u1ea1i:", None))
        self.findButton.setText(QCoreApplication.translate("ErasePersonDialog", u"&T\u00ecm", None))
        ___qtablewidgetitem = self.resultsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ErasePersonDialog", u"X\u00f3a", None))
        ___qtablewidgetitem1 = self.resultsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ErasePersonDialog", u"M\u00e3 h\u1ed3 s\u01a1", None))
        ___qtablewidgetitem2 = self.resultsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ErasePersonDialog", u"T\u00ean s\u00e1ng ki\u1ebfn", None))
        ___qtablewidgetitem3 = self.resultsTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("ErasePersonDialog", u"Ng\u01b0\u1eddi", None))
        ___qtablewidgetitem4 = self.resultsTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("ErasePersonDialog", u"D\u1eef li\u1ec7u \u0111ang gi\u1eef", None))
        ___qtablewidgetitem5 = self.resultsTable.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("ErasePersonDialog", u"H\u1ed3 s\u01a1", None))
        self.reasonLabel.setText(QCoreApplication.translate("ErasePersonDialog", u"&L\u00fd do (ghi v\u00e0o l\u1ecbch s\u1eed):", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("ErasePersonDialog", u"v\u00ed d\u1ee5: Theo \u0111\u01a1n \u0111\u1ec1 ngh\u1ecb c\u1ee7a b\u00e0 Ki\u1ec1u Th\u1ecb Mai Ph\u01b0\u01a1ng ng\u00e0y 05/01/2026", None))
        self.backupsCheck.setText(QCoreApplication.translate("ErasePersonDialog", u"Ghi l\u1ea1i c\u1ea3 c\u00e1c b\u1ea3n sao l\u01b0u \u0111ang gi\u1eef, b\u1ecf d\u1eef li\u1ec7u c\u1ee7a ng\u01b0\u1eddi n\u00e0y", None))
        self.eraseButton.setText(QCoreApplication.translate("ErasePersonDialog", u"&X\u00f3a d\u1eef li\u1ec7u \u0111\u00e3 ch\u1ecdn\u2026", None))
        self.closeButton.setText(QCoreApplication.translate("ErasePersonDialog", u"\u0110\u00f3n&g", None))
    # retranslateUi

