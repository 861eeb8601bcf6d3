// The executable behind `npx wuye-rules`.
import { main } from './main';

process.exitCode = await main(process.argv.slice(2), { out: (l) => console.log(l), err: (l) => console.error(l) });
