import net from 'node:net';
import { ConfigError } from '../errors';

/**
 * Checks that the HTTP server will be able to listen on `host`:`port` by listening there for a moment, so a bad
 * HOST or a busy PORT is reported, naming the variable, before Neo4j is started and the seed loaded.
 */
export function checkListenAddress(host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE')
        reject(new ConfigError('PORT', `${port} is already in use on ${host}; choose another PORT or stop what listens there`));
      else if (error.code === 'EACCES')
        reject(new ConfigError('PORT', `${port} needs privileges this process lacks; choose a PORT above 1023`));
      else
        reject(
          new ConfigError(
            'HOST',
            `cannot listen on "${host}" (${error.code ?? error.message}); expected an address of this machine such as 127.0.0.1`,
          ),
        );
    });
    probe.listen({ host, port, exclusive: true }, () => probe.close(() => resolve()));
  });
}
