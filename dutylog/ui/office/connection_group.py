"""设置 → 数据库连接: this workstation's saved connection (services/connection.py does the work).

The form is filled once, from the saved connection or else from the open database, and
after a save; showing the page again only updates the "current database" line, so
nothing typed is lost. The saved password is never put back into the form: an empty
password field keeps it. "Test connection" runs on a QThread, never freezing the window.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QThread, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from dutylog.domain.errors import DutyLogError
from dutylog.domain.office.connection import (
    DEFAULT_PG_PORT,
    Backend,
    ConnectionCheck,
    ConnectionProfile,
    PasswordStorage,
    SavedConnection,
    TargetSource,
)
from dutylog.office import Office
from dutylog.paths import default_database_path
from dutylog.ui.theme import text_style
from dutylog.ui.widgets.settings_group import SettingsGroup

# Threads still running when their group goes away stay referenced here until they end.
_RUNNING: set[ConnectionTest] = set()


class ConnectionTest(QThread):
    """One "test connection" round trip off the GUI thread (bounded by the connect timeout)."""

    answered = Signal(object)  # ConnectionCheck, or the exception

    def __init__(self, job: Callable[[], ConnectionCheck]) -> None:
        super().__init__()
        self._job = job
        _RUNNING.add(self)
        self.finished.connect(self._forget)
        app = QCoreApplication.instance()
        if app is not None:
            # Quitting while a test waits for a server: let it end rather than abort Qt.
            app.aboutToQuit.connect(self.wait)

    def run(self) -> None:
        try:
            result: object = self._job()
        except Exception as exc:  # handed to the GUI thread, never lost in this one
            result = exc
        self.answered.emit(result)

    def _forget(self) -> None:
        _RUNNING.discard(self)
        self.deleteLater()


class ConnectionGroup(SettingsGroup):
    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        super().__init__("", self.save_connection, parent)
        self.setTitle(self.tr("数据库连接（本机）"))
        self.office = office
        self.worker: ConnectionTest | None = None
        self._keyring_checked: bool | None = None

        self.current = QLabel()
        self.current.setWordWrap(True)
        self.current.setObjectName("connection_current")
        self.default_choice = QRadioButton(self.tr("本机默认数据库文件"))
        self.default_path = QLabel(str(default_database_path()))
        self.default_path.setWordWrap(True)
        self.file_choice = QRadioButton(self.tr("其他 SQLite 数据库文件"))
        self.file_path = QLineEdit()
        self.browse = QPushButton(self.tr("选择…"))
        self.browse.clicked.connect(self._browse)
        self.server_choice = QRadioButton(self.tr("PostgreSQL 服务器（多个工作站共用）"))
        self.choices = QButtonGroup(self)
        for choice in (self.default_choice, self.file_choice, self.server_choice):
            self.choices.addButton(choice)
            choice.toggled.connect(self._follow_choice)

        self.host = QLineEdit()
        self.host.setPlaceholderText("192.168.1.10")
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PG_PORT)
        self.database = QLineEdit()
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.keyring_note = QLabel()
        self.keyring_note.setWordWrap(True)
        self.keyring_note.setStyleSheet(text_style("error", bold=True))
        self.keyring_note.hide()
        note = QLabel(self.tr("只影响本机；需要管理员权限；保存后在下次启动 DutyLog 时生效。"))
        note.setWordWrap(True)

        file_row = QHBoxLayout()
        file_row.addWidget(self.file_path, 1)
        file_row.addWidget(self.browse)
        address = QHBoxLayout()
        address.addWidget(self.host, 1)
        address.addWidget(QLabel(self.tr("端口")))
        address.addWidget(self.port)
        self.server_box = QWidget()
        server = QFormLayout(self.server_box)
        server.setContentsMargins(24, 0, 0, 0)
        server.addRow(self.tr("服务器地址"), address)
        server.addRow(self.tr("数据库名"), self.database)
        server.addRow(self.tr("用户名"), self.user)
        server.addRow(self.tr("密码"), self.password)
        form = self.form
        form.addRow(self.tr("当前数据库"), self.current)
        form.addRow(self.default_choice, self.default_path)
        form.addRow(self.file_choice, file_row)
        form.addRow(self.server_choice)
        form.addRow(self.server_box)
        form.addRow(self.keyring_note)
        form.addRow(note)

        self.test_button = QPushButton(self.tr("测试连接"))
        self.test_button.clicked.connect(self.start_test)
        self.extra_buttons.append(self.test_button)
        for edit in (self.file_path, self.host, self.database, self.user, self.password):
            edit.returnPressed.connect(self.save)
        self.load()

    # -- loading -------------------------------------------------------------------
    def load(self) -> None:
        """Fill the form from the saved connection, else from the database open now."""
        self.refresh()
        saved: SavedConnection | None = None
        try:
            saved = self.office.connection.saved()
        except DutyLogError as exc:
            self.show_message(exc.message, error=True)
        profile = saved.profile if saved is not None else self.office.connection.current_profile()
        self._show_profile(profile or ConnectionProfile(Backend.SQLITE_DEFAULT))
        if saved is not None:
            self._show_saved(saved)

    def _show_saved(self, saved: SavedConnection) -> None:
        """Where the saved password is: a placeholder (never the password) and the plain-text note."""
        self.password.clear()
        kept = saved.password_storage is not PasswordStorage.NONE
        self.password.setPlaceholderText(self.tr("已保存；留空则保持不变") if kept else "")
        if saved.plain_text_password:
            note = self.tr("密码以明文保存在 %1（仅本人可读）。")
            self._show_keyring_note(note.replace("%1", str(saved.file)))
        elif not self.server_choice.isChecked() or self._keyring_usable():
            self.keyring_note.hide()

    def refresh(self) -> None:
        sources = {
            TargetSource.OPTION: self.tr("命令行参数 --db"),
            TargetSource.ENVIRONMENT: self.tr("环境变量 DUTYLOG_DB"),
            TargetSource.SAVED: self.tr("本机保存的连接"),
            TargetSource.DEFAULT: self.tr("默认数据库文件"),
        }
        started = self.office.connection.started_from
        text = self.office.connection.current()
        if started is not None:
            text += self.tr("（来自%1）").replace("%1", sources[started.source])
        self.current.setText(text)

    def _show_profile(self, profile: ConnectionProfile) -> None:
        choice = {
            Backend.SQLITE_DEFAULT: self.default_choice,
            Backend.SQLITE_FILE: self.file_choice,
            Backend.POSTGRESQL: self.server_choice,
        }[profile.backend]
        choice.setChecked(True)
        self.file_path.setText(profile.sqlite_path)
        if profile.is_server:
            self.host.setText(profile.host)
            self.port.setValue(profile.port)
            self.database.setText(profile.database)
            self.user.setText(profile.user)
            self.password.setText(profile.password)
        self._follow_choice()

    def _follow_choice(self) -> None:
        on_file = self.file_choice.isChecked()
        self.file_path.setEnabled(on_file)
        self.browse.setEnabled(on_file)
        self.server_box.setEnabled(self.server_choice.isChecked())
        if self.server_choice.isChecked() and self.keyring_note.isHidden() and not self._keyring_usable():
            file = self.office.connection.store.file
            self._show_keyring_note(
                self.tr("本机没有可用的系统密钥环：密码将以明文保存在 %1（仅本人可读）。").replace(
                    "%1", str(file)
                )
            )

    def _keyring_usable(self) -> bool:
        # Asked once, on first need: loading keyring probes the platform (D-Bus on Linux).
        if self._keyring_checked is None:
            self._keyring_checked = self.office.connection.keyring_available()
        return self._keyring_checked

    def _show_keyring_note(self, text: str) -> None:
        self.keyring_note.setText(text)
        self.keyring_note.show()

    # -- the form as a profile -----------------------------------------------------
    def profile(self) -> ConnectionProfile:
        if self.default_choice.isChecked():
            return ConnectionProfile(Backend.SQLITE_DEFAULT)
        if self.file_choice.isChecked():
            return ConnectionProfile(Backend.SQLITE_FILE, sqlite_path=self.file_path.text())
        return ConnectionProfile(
            Backend.POSTGRESQL,
            host=self.host.text(),
            port=self.port.value(),
            database=self.database.text(),
            user=self.user.text(),
            password=self.password.text(),
        )

    # -- test ------------------------------------------------------------------------
    def start_test(self) -> None:
        if self.worker is not None:
            return
        profile = self.profile()
        connection = self.office.connection
        self.worker = ConnectionTest(lambda: connection.test(profile))
        self.worker.answered.connect(self._on_tested)
        self.test_button.setEnabled(False)
        self.show_message(self.tr("正在连接…"), error=None)
        self.worker.start()

    def _on_tested(self, result: object) -> None:
        self.worker = None
        self.test_button.setEnabled(True)
        if isinstance(result, ConnectionCheck):
            contents = (
                self.tr("数据库中已有 DutyLog 数据。")
                if result.has_dutylog_data
                else self.tr("数据库为空，首次启动时将创建表结构。")
            )
            done = self.tr("连接成功：%1。").replace("%1", result.server_version)
            self.show_message(done + contents, error=False)
        elif isinstance(result, DutyLogError):
            self.show_message(result.message, error=True)
        else:
            self.show_message(self.tr("连接失败：%1").replace("%1", str(result)), error=True)

    # -- save ------------------------------------------------------------------------
    def save_connection(self) -> str:
        saved = self.office.connection.save(self.profile())
        self._show_saved(saved)
        done = self.tr("已保存，下次启动 DutyLog 时生效。")
        started = self.office.connection.started_from
        if started is not None and started.source in (TargetSource.OPTION, TargetSource.ENVIRONMENT):
            done += self.tr("注意：--db 和环境变量 DUTYLOG_DB 优先于保存的连接。")
        if saved.warning and not saved.plain_text_password:
            done += " " + saved.warning
        return done

    def _browse(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("选择数据库文件"),
            self.file_path.text() or str(default_database_path().parent),
            self.tr("SQLite 数据库 (*.sqlite3 *.db);;所有文件 (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if chosen:
            self.file_path.setText(chosen)
