import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface TestSmtp {
  port: number;
  /** `smtp://127.0.0.1:<port>`, ready for the SMTP_URL setting. */
  url: string;
  /** Every message accepted so far, parsed; tests may clear it with `received.length = 0`. */
  received: ParsedMail[];
  /** Stops listening; safe to call more than once. */
  close(): Promise<void>;
}

export interface TestSmtpOptions {
  /** Mailboxes this server refuses with 550, as a real one would for an unknown address. */
  refuse?: (address: string) => boolean;
}

/** A real SMTP server on loopback (port 0), collecting what it receives through mailparser. */
export async function startTestSmtp(options: TestSmtpOptions = {}): Promise<TestSmtp> {
  const received: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (options.refuse?.(address.address))
        return callback(Object.assign(new Error('5.1.1 No such mailbox'), { responseCode: 550 }));
      callback();
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => received.push(mail))
        .then(() => callback(), callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  let closing: Promise<void> | undefined;
  const close = () => (closing ??= new Promise<void>((resolve) => server.close(() => resolve())));
  return { port, url: `smtp://127.0.0.1:${port}`, received, close };
}

/** The plain-text To of a parsed message ('' when there is none). */
export const mailTo = (m: ParsedMail) => (m.to && 'text' in m.to ? m.to.text : '');
