# Builds Sáng kiến Desktop on Windows: the one-folder program, its smoke test, the per-user
# installer and the portable zip. Run from the repository root in PowerShell:
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
# Needs Python 3.11+ (python.org, "py" launcher) and Inno Setup 6 (iscc.exe). See
# docs\building-windows.md for the same steps one by one.
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")

if (-not (Test-Path .venv\Scripts\python.exe)) { py -3.11 -m venv .venv }
$python = Resolve-Path .venv\Scripts\python.exe
& $python -m pip install --upgrade pip
& $python -m pip install -e ".[dev,bundle]"
if ($LASTEXITCODE) { throw "pip install failed" }

& $python -m PyInstaller --noconfirm --clean --distpath dist --workpath build\pyinstaller packaging\sangkien.spec
if ($LASTEXITCODE) { throw "PyInstaller failed" }
& $python packaging\smoke_test.py dist\SangKienDesktop
if ($LASTEXITCODE) { throw "smoke test failed" }

$version = (& $python -c "import sangkien_desktop; print(sangkien_desktop.__version__)").Trim()

# Portable zip: the same folder with portable.txt beside the program.
$stage = Join-Path $env:TEMP "sangkien-portable-$version"
if (Test-Path $stage) { Remove-Item -Recurse -Force $stage }
New-Item -ItemType Directory $stage | Out-Null
Copy-Item -Recurse dist\SangKienDesktop (Join-Path $stage "SangKienDesktop")
Copy-Item packaging\windows\portable.txt (Join-Path $stage "SangKienDesktop\portable.txt")
$zip = "dist\SangKienDesktop-$version-portable.zip"
if (Test-Path $zip) { Remove-Item $zip }
Compress-Archive -Path (Join-Path $stage "SangKienDesktop") -DestinationPath $zip
Remove-Item -Recurse -Force $stage

$iscc = (Get-Command iscc.exe -ErrorAction SilentlyContinue).Source
if (-not $iscc) {
    foreach ($dir in @("$env:LOCALAPPDATA\Programs\Inno Setup 6", "${env:ProgramFiles(x86)}\Inno Setup 6", "$env:ProgramFiles\Inno Setup 6")) {
        if (Test-Path "$dir\ISCC.exe") { $iscc = "$dir\ISCC.exe"; break }
    }
}
if (-not $iscc) { throw "Inno Setup 6 (ISCC.exe) not found: install it or add it to PATH" }
& $iscc "/DAppVersion=$version" packaging\windows\sangkien.iss
if ($LASTEXITCODE) { throw "iscc failed" }

Write-Host "Built: dist\SangKienDesktop\, $zip, dist\SangKienDesktop-$version-setup.exe"
