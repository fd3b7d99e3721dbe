//! A `dossier serve` child process for the integration tests, and plain HTTP against it: requests,
//! the server-sent event stream, and waiting for a named event.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

/// A running `dossier serve`, killed when dropped.
pub(crate) struct Server {
    child: Child,
    /// The port it listens on (127.0.0.1).
    pub(crate) port: u16,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Starts `dossier serve` on a free port for the project at `dir` and waits for its address line.
pub(crate) fn start(dir: &Path) -> Server {
    let mut child = Command::new(env!("CARGO_BIN_EXE_dossier"))
        .args(["serve", "--port", "0", "--root"])
        .arg(dir)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start dossier serve");
    let stdout = child.stdout.take().expect("stdout");
    let mut line = String::new();
    let read = BufReader::new(stdout).read_line(&mut line);
    let port = line
        .split("http://127.0.0.1:")
        .nth(1)
        .and_then(|rest| rest.split('/').next())
        .and_then(|p| p.parse().ok());
    let server = Server { child, port: port.unwrap_or(0) };
    read.expect("address line");
    assert!(port.is_some(), "no address in {line:?}");
    server
}

impl Server {
    /// `GET path` with Host 127.0.0.1; the whole response.
    pub(crate) fn get(&self, path: &str) -> String {
        self.request("GET", path, "127.0.0.1")
    }

    /// One HTTP/1.0 request with the given method and Host header; the whole response. HTTP/1.0, so
    /// that the body comes whole: to an HTTP/1.1 client the server sends pages over 32 KB in chunks,
    /// whose framing can fall inside a character or inside the text a test looks for.
    pub(crate) fn request(&self, method: &str, path: &str, host: &str) -> String {
        let mut s = TcpStream::connect(("127.0.0.1", self.port)).expect("connect");
        write!(s, "{method} {path} HTTP/1.0\r\nHost: {host}\r\nContent-Length: 0\r\n\r\n").expect("request");
        let mut out = Vec::new();
        s.read_to_end(&mut out).expect("response");
        String::from_utf8(out).expect("a UTF-8 response")
    }

    /// Opens the event stream; a read waits at most `timeout` for the next line.
    pub(crate) fn events(&self, timeout: Duration) -> BufReader<TcpStream> {
        let mut events = TcpStream::connect(("127.0.0.1", self.port)).expect("connect");
        events.set_read_timeout(Some(timeout)).expect("timeout");
        write!(events, "GET /__dossier/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").expect("request");
        std::thread::sleep(Duration::from_millis(300));
        BufReader::new(events)
    }
}

/// The status code of a response (`"200"`).
pub(crate) fn status(response: &str) -> &str {
    response.split_whitespace().nth(1).unwrap_or("")
}

/// Reads server-sent events until a whole one arrives: its name and its data lines.
pub(crate) fn next_event(reader: &mut impl BufRead) -> (String, String) {
    let mut current = String::new();
    let mut data = String::new();
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).expect("read event") == 0 {
            panic!("event stream closed");
        }
        let line = line.trim_end_matches(['\r', '\n']);
        if let Some(name) = line.strip_prefix("event: ") {
            current = name.to_string();
            data.clear();
        } else if let Some(d) = line.strip_prefix("data: ") {
            data.push_str(d);
            data.push('\n');
        } else if line.is_empty() && !current.is_empty() {
            return (current, data);
        }
    }
}

/// Reads events until one named `event` arrives; returns its data lines.
pub(crate) fn wait_for_event(reader: &mut impl BufRead, event: &str) -> String {
    loop {
        let (name, data) = next_event(reader);
        if name == event {
            return data;
        }
    }
}
