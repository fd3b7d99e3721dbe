  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
#  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
!  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
/  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
/  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
b  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
/  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
v  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
b  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
h  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
#  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
'  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
y  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
p  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
.  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
#  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
.  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
/  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
b  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
.  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
h  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
b  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
h  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
p  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
b  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
c  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
/  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
(  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
c  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
y  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
)  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
p  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
y  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
#  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
.  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
/  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
b  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
.  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
h  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
v  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
y  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
:  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
f  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
,  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
,  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
,  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
g  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
,  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
w  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
3  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
2  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
c  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
h  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
c  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
k  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
f  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
c  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
,  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
b  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
#  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
.  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
/  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
b  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
.  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
h  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
v  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
b  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
,  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
h  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
v  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
p  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
b  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
c  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
/  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
h  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
p  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
:  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
/  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
/  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
1  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
2  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
7  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
.  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
0  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
.  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
0  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
.  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
1  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
:  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
8  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
0  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
0  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
0  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
(  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
P  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
O  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
R  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
T  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
=  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
…  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
c  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
h  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
g  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
)  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
#  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
.  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
/  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
b  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
.  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
h  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
b  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
c  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
h  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
p  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
f  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
g  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
:  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
b  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
x  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
z  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
,  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
k  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
p  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
h  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
C  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
h  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
#  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
I  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
w  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
h  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
w  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
h  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
g  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
(  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
h  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
w  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
3  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
2  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
g  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
,  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
w  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
b  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
g  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
c  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
h  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
C  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
g  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
.  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
c  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
k  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
v  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
,  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
h  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
#  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
p  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
p  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
c  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
k  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
g  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
c  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
k  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
.  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
j  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
)  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
;  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
f  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
g  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
.  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
p  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
p  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
f  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
c  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
"  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
$  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
(  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
"  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
$  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
0  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
"  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
)  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
"  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
g  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
(  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
)  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
{  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
p  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
f  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
'  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
\  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
0  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
3  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
3  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
[  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
1  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
=  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
=  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
>  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
%  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
\  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
0  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
3  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
3  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
[  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
0  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
\  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
'  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
"  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
$  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
*  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
"  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
>  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
&  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
2  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
;  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
}  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
_  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
(  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
)  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
{  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
f  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
!  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
c  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
v  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
c  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
g  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
>  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
/  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
v  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
/  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
2  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
>  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
&  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
1  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
;  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
h  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
#  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
p  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
~  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
/  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
.  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
c  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
g  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
;  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
g  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
h  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
y  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
h  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
v  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
P  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
A  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
T  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
H  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
y  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
.  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
[  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
f  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
"  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
$  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
H  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
O  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
M  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
E  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
/  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
.  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
c  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
g  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
/  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
v  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
"  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
]  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
&  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
&  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
.  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
"  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
$  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
H  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
O  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
M  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
E  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
/  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
.  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
c  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
g  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
/  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
v  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
"  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
f  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
c  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
v  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
c  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
g  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
>  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
/  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
v  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
/  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
2  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
>  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
&  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
1  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
|  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
|  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
{  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
c  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
h  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
"  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
c  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
g  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
f  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
:  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
R  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
w  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
h  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
p  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
(  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
h  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
p  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
:  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
/  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
/  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
p  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
.  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
)  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
"  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
>  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
&  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
2  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
;  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
x  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
1  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
;  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
}  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
}  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
_  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
w  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
_  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
g  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
(  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
)  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
{  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
f  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
!  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
p  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
g  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
2  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
>  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
/  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
v  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
/  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
|  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
g  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
p  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
q  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
x  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
w  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
3  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
2  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
k  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
w  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
k  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
w  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
;  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
h  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
g  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
"  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
g  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
h  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
w  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
3  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
2  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
k  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
w  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
k  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
w  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
g  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
"  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
p  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
g  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
w  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
3  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
2  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
k  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
w  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
k  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
w  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
f  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
}  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
#  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
T  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
h  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
w  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
b  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
g  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
C  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
L  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
I  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
b  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
x  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
c  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
y  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
h  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
v  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
f  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
h  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
w  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
b  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
g  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
c  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
C  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
g  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
.  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
c  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
k  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
.  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
_  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
w  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
_  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
b  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
g  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
(  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
)  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
{  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
c  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
w  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
h  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
v  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
w  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
=  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
$  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
(  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
g  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
p  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
A  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
1  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
'  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
^  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
=  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
"  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
w  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
b  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
g  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
"  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
$  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
'  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
C  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
g  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
.  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
c  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
k  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
|  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
'  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
/  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
^  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
v  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
=  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
"  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
\  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
(  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
.  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
*  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
\  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
)  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
"  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
$  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
/  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
\  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
1  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
/  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
p  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
'  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
)  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
h  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
v  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
=  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
$  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
(  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
w  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
b  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
g  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
v  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
2  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
>  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
/  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
v  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
/  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
|  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
w  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
k  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
'  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
{  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
p  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
$  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
2  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
}  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
'  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
|  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
|  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
)  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
f  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
[  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
"  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
$  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
h  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
v  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
"  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
!  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
=  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
"  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
$  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
w  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
"  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
]  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
;  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
h  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
g  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
"  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
g  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
w  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
b  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
g  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
c  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
$  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
w  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
(  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
f  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
w  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
,  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
c  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
)  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
"  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
#  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
W  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
h  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
c  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
k  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
:  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
w  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
h  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
,  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
c  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
k  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
p  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
c  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
y  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
f  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
h  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
C  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
L  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
I  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
g  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
f  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
h  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
g  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
y  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
.  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
c  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
g  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
w  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
b  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
g  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
c  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
v  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
"  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
$  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
w  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
"  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
f  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
f  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
f  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
}  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
#  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
p  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
p  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
p  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
c  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
k  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
g  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
c  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
k  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
.  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
j  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
:  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
w  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
p  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
(  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
b  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
y  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
)  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
,  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
p  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
y  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
w  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
g  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
h  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
c  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
,  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
x  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
c  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
.  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
_  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
_  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
(  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
)  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
{  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
c  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
v  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
p  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
>  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
/  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
v  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
/  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
2  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
>  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
&  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
1  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
|  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
|  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
{  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
c  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
h  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
"  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
p  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
f  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
:  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
N  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
.  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
j  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
"  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
>  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
&  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
2  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
;  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
x  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
1  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
;  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
}  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
f  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
[  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
!  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
f  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
_  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
/  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
.  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
p  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
c  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
k  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
g  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
c  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
k  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
.  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
j  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
]  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
|  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
|  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
[  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
p  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
c  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
k  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
g  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
c  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
k  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
.  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
j  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
_  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
/  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
.  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
p  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
c  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
k  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
g  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
c  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
k  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
.  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
j  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
]  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
;  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
h  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
g  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
"  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
g  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
p  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
(  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
p  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
c  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
)  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
"  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
p  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
c  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
f  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
g  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
v  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
=  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
f  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
}  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
#  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
w  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
b  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
→  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
w  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
3  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
2  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
→  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
w  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
b  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
g  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
(  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
g  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
w  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
b  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
)  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
→  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
w  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
p  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
O  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
z  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
,  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
g  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
/  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
w  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
b  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
/  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
.  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
b  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
_  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
w  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
(  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
)  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
{  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
_  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
w  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
_  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
g  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
_  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
w  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
_  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
b  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
g  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
_  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
_  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
c  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
g  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
b  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
q  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
p  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
f  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
w  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
p  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
w  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
b  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
g  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
w  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
3  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
2  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
k  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
w  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
k  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
w  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
c  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
=  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
g  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
/  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
w  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
b  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
f  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
"  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
$  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
.  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
p  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
"  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
&  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
&  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
k  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
p  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
"  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
$  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
.  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
p  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
"  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
w  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
b  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
g  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
g  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
w  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
b  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
y  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
p  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
c  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
p  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
"  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
$  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
.  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
p  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
"  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
\  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
g  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
/  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
w  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
3  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
2  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
k  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
w  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
k  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
w  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
/  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
w  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
/  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
_  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
w  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
b  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
.  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
w  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
_  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
/  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
.  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
b  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
/  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
w  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
p  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
O  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
z  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
"  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
$  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
.  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
p  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
/  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
_  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
w  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
b  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
_  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
b  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
g  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
.  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
w  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
"  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
"  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
$  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
.  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
p  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
/  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
_  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
w  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
b  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
_  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
b  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
g  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
.  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
w  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
"  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
f  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
"  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
$  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
"  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
&  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
&  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
v  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
"  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
$  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
.  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
p  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
"  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
"  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
$  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
"  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
}  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
#  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
D  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
b  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
'  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
C  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
h  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
C  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
h  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
D  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
v  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
f  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
h  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
b  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
w  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
(  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
C  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
I  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
;  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
v  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
'  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
w  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
b  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
w  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
w  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
)  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
.  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
_  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
c  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
h  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
(  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
)  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
{  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
f  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
!  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
c  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
v  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
c  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
h  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
>  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
/  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
v  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
/  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
2  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
>  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
&  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
1  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
|  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
|  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
!  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
c  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
v  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
c  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
h  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
v  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
>  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
/  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
v  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
/  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
2  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
>  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
&  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
1  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
;  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
h  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
g  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
"  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
g  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
c  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
h  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
c  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
h  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
v  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
"  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
c  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
=  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
"  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
"  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
[  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
"  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
$  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
(  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
)  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
"  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
q  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
0  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
]  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
|  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
|  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
=  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
"  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
"  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
$  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
p  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
g  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
p  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
q  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
q  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
D  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
E  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
B  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
I  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
A  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
N  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
_  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
F  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
R  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
O  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
N  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
T  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
E  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
N  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
D  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
=  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
c  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
v  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
$  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
p  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
g  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
y  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
q  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
q  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
c  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
h  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
c  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
h  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
v  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
>  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
/  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
v  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
/  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
f  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
}  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
b  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
_  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
(  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
)  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
{  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
b  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
_  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
w  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
c  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
g  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
b  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
q  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
p  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
.  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
/  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
g  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
/  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
/  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
b  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
w  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
g  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
/  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
w  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
b  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
"  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
$  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
@  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
"  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
}  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
c  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
=  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
$  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
{  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
1  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
:  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
b  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
}  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
[  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
$  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
#  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
g  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
0  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
]  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
&  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
&  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
h  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
f  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
c  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
"  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
$  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
c  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
"  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
b  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
)  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
_  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
b  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
_  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
"  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
$  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
@  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
"  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
;  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
;  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
)  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
_  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
_  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
w  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
_  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
g  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
g  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
"  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
f  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
"  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
c  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
g  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
f  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
c  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
h  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
c  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
k  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
g  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
"  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
"  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
c  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
g  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
c  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
p  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
p  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
y  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
w  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
k  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
p  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
c  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
g  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
q  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
D  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
w  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
g  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
g  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
"  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
g  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
"  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
c  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
g  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
w  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
k  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
p  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
c  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
g  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
"  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
c  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
b  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
f  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
h  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
b  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
w  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
(  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
w  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
3  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
2  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
)  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
"  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
c  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
g  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
c  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
h  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
c  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
k  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
q  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
p  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
c  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
g  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
w  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
3  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
2  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
k  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
w  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
k  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
w  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
g  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
"  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
h  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
b  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
"  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
b  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
_  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
_  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
c  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
h  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
g  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
"  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
b  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
w  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
f  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
w  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
b  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
(  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
w  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
b  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
g  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
,  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
h  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
C  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
h  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
)  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
"  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
W  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
A  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
S  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
M  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
_  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
B  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
I  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
N  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
D  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
G  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
E  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
N  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
_  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
T  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
E  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
S  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
T  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
_  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
T  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
I  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
M  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
E  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
O  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
U  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
T  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
=  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
1  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
2  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
0  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
C  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
H  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
R  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
O  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
M  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
E  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
D  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
R  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
I  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
V  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
E  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
R  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
=  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
"  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
$  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
(  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
c  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
v  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
c  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
h  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
v  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
)  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
"  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
\  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
C  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
A  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
R  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
G  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
O  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
_  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
T  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
A  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
R  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
G  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
E  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
T  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
_  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
W  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
A  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
S  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
M  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
3  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
2  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
_  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
U  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
N  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
K  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
N  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
O  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
W  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
N  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
_  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
U  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
N  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
K  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
N  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
O  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
W  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
N  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
_  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
R  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
U  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
N  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
N  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
E  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
R  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
=  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
w  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
b  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
g  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
\  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
c  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
g  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
p  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
w  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
b  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
g  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
w  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
3  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
2  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
k  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
w  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
k  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
w  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
g  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
"  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
f  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
h  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
b  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
(  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
h  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
C  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
h  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
1  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
2  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
7  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
.  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
0  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
.  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
0  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
.  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
1  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
)  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
"  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
/  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
b  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
w  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
/  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
;  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
;  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
b  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
c  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
h  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
)  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
_  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
b  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
_  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
q  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
_  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
c  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
h  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
/  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
b  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
w  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
/  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
b  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
c  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
h  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
.  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
j  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
;  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
;  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
v  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
)  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
_  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
b  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
_  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
p  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
=  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
$  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
{  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
P  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
O  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
R  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
T  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
:  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
8  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
0  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
0  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
0  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
}  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
g  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
"  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
v  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
g  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
p  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
b  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
c  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
/  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
h  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
p  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
:  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
/  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
/  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
1  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
2  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
7  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
.  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
0  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
.  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
0  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
.  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
1  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
:  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
$  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
p  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
/  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
(  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
C  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
C  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
p  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
)  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
"  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
x  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
c  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
p  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
y  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
h  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
3  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
m  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
h  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
p  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
.  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
v  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
"  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
$  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
p  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
"  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
b  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
1  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
2  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
7  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
.  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
0  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
.  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
0  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
.  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
1  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
-  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
c  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
y  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
p  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
b  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
c  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
;  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
;  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
*  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
)  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
c  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
h  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
o  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
"  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
g  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
:  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
.  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
/  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
b  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
.  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
h  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
[  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
b  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
u  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
l  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
d  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
|  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
|  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
r  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
v  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
|  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
b  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
n  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
c  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
h  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
]  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
"  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
>  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
&  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
2  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
x  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
i  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
t  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
2  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
   serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
;  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
;  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
e  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
s  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
a  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
c  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;

  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
