# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'portal_outbox_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout)

class Ui_PortalOutboxDialog(object):
    def setupUi(self, PortalOutboxDialog):
        if not PortalOutboxDialog.objectName():
            PortalOutboxDialog.setObjectName(u"PortalOutboxDialog")
        PortalOutboxDialog.resize(980, 560)
        self.outboxLayout = QVBoxLayout(PortalOutboxDialog)
        self.outboxLayout.setObjectName(u"outboxLayout")
        self.outboxHint = QLabel(PortalOutboxDialog)
        self.outboxHint.setObjectName(u"outboxHint")
        self.outboxHint.setWordWrap(True)

        self.outboxLayout.addWidget(self.outboxHint)

        self.showDoneCheck = QCheckBox(PortalOutboxDialog)
        self.showDoneCheck.setObjectName(u"showDoneCheck")

        self.outboxLayout.addWidget(self.showDoneCheck)

        self.outboxTable = QTableWidget(PortalOutboxDialog)
        if (self.outboxTable.columnCount() < 5):
            self.outboxTable.setColumnCount(5)
        __qtablewidgetitem = QTableWidgetItem()
        self.outboxTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.outboxTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.outboxTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.outboxTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.outboxTable.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        self.outboxTable.setObjectName(u"outboxTable")
        self.outboxTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.outboxTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.outboxTable.setColumnCount(5)
        self.outboxTable.horizontalHeader().setStretchLastSection(True)
        self.outboxTable.verticalHeader().setVisible(False)

        self.outboxLayout.addWidget(self.outboxTable)

        self.outboxButtons = QHBoxLayout()
        self.outboxButtons.setObjectName(u"outboxButtons")
        self.exportButton = QPushButton(PortalOutboxDialog)
        self.exportButton.setObjectName(u"exportButton")

        self.outboxButtons.addWidget(self.exportButton)

        self.enteredButton = QPushButton(PortalOutboxDialog)
        self.enteredButton.setObjectName(u"enteredButton")

        self.outboxButtons.addWidget(self.enteredButton)

        self.acceptedButton = QPushButton(PortalOutboxDialog)
        self.acceptedButton.setObjectName(u"acceptedButton")

        self.outboxButtons.addWidget(self.acceptedButton)

        self.returnedButton = QPushButton(PortalOutboxDialog)
        self.returnedButton.setObjectName(u"returnedButton")

        self.outboxButtons.addWidget(self.returnedButton)

        self.unmarkButton = QPushButton(PortalOutboxDialog)
        self.unmarkButton.setObjectName(u"unmarkButton")

        self.outboxButtons.addWidget(self.unmarkButton)

        self.outboxSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.outboxButtons.addItem(self.outboxSpacer)

        self.closeButton = QPushButton(PortalOutboxDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.outboxButtons.addWidget(self.closeButton)


        self.outboxLayout.addLayout(self.outboxButtons)


        self.retranslateUi(PortalOutboxDialog)

        QMetaObject.connectSlotsByName(PortalOutboxDialog)
    # setupUi

    def retranslateUi(self, PortalOutboxDialog):
        PortalOutboxDialog.setWindowTitle(QCoreApplication.translate("PortalOutboxDialog", u"G\u00f3i nh\u1eadp c\u1ed5ng tr\u1ef1c tuy\u1ebfn", None))
        self.outboxHint.setText(QCoreApplication.translate("PortalOutboxDialog", u"H\u1ed3 s\u01a1 \u0111\u00e3 c\u00f4ng nh\u1eadn thu\u1ed9c ch\u01b0\u01a1ng tr\u00ecnh to\u00e0n qu\u1ed1c, ch\u01b0a c\u1eadp nh\u1eadt l\u00ean C\u1ed5ng tr\u1ef1c tuy\u1ebfn C\u00f4ng \u0111o\u00e0n Vi\u1ec7t Nam. T\u1ea1o g\u00f3i (l\u00e0m khi ch\u01b0a c\u00f3 m\u1ea1ng), r\u1ed3i l\u00ean m\u1ea1ng m\u1edf index.html trong g\u00f3i: sao ch\u00e9p t\u1eebng \u00f4, d\u00e1n v\u00e0o C\u1ed5ng, \u0111\u00ednh k\u00e8m t\u1ec7p PDF. Xong th\u00ec \u0111\u00e1nh d\u1ea5u \u201c\u0110\u00e3 c\u1eadp nh\u1eadt\u201d.", None))
        self.showDoneCheck.setText(QCoreApplication.translate("PortalOutboxDialog", u"Hi\u1ec7n c\u1ea3 h\u1ed3 s\u01a1 C\u1ed5ng \u0111\u00e3 tr\u1ea3 l\u1eddi", None))
        ___qtablewidgetitem = self.outboxTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("PortalOutboxDialog", u"M\u00e3 h\u1ed3 s\u01a1", None))
        ___qtablewidgetitem1 = self.outboxTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("PortalOutboxDialog", u"T\u00ean s\u00e1ng ki\u1ebfn", None))
        ___qtablewidgetitem2 = self.outboxTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("PortalOutboxDialog", u"T\u00e1c gi\u1ea3 \u0111\u1ee9ng t\u00ean", None))
        ___qtablewidgetitem3 = self.outboxTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("PortalOutboxDialog", u"Tr\u00ean C\u1ed5ng", None))
        ___qtablewidgetitem4 = self.outboxTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("PortalOutboxDialog", u"Bi\u00ean nh\u1eadn / l\u00fd do", None))
        self.exportButton.setText(QCoreApplication.translate("PortalOutboxDialog", u"&T\u1ea1o g\u00f3i cho C\u1ed5ng\u2026", None))
        self.enteredButton.setText(QCoreApplication.translate("PortalOutboxDialog", u"\u0110\u00e3 c\u1eadp &nh\u1eadt\u2026", None))
        self.acceptedButton.setText(QCoreApplication.translate("PortalOutboxDialog", u"\u0110\u01b0\u1ee3c ch\u1ea5&p nh\u1eadn", None))
        self.returnedButton.setText(QCoreApplication.translate("PortalOutboxDialog", u"B\u1ecb t&r\u1ea3 l\u1ea1i\u2026", None))
        self.unmarkButton.setText(QCoreApplication.translate("PortalOutboxDialog", u"&B\u1ecf \u0111\u00e1nh d\u1ea5u\u2026", None))
#if QT_CONFIG(tooltip)
        self.unmarkButton.setToolTip(QCoreApplication.translate("PortalOutboxDialog", u"B\u1ecf \u0111\u00e1nh d\u1ea5u \u0111\u00e3 c\u1eadp nh\u1eadt l\u00ean C\u1ed5ng (\u0111\u00e1nh d\u1ea5u nh\u1ea7m), c\u00f3 ghi l\u00fd do", None))
#endif // QT_CONFIG(tooltip)
        self.closeButton.setText(QCoreApplication.translate("PortalOutboxDialog", u"\u0110\u00f3n&g", None))
    # retranslateUi

