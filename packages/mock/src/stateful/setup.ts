/**
 * The Welcome Wizard (`/api/setup`), anonymous as on SPS. The simulated appliance starts `uninitialized`
 * so that a provisioning script can be tested end to end: a valid `POST /api/setup` completes the wizard
 * (`303` to where its `Location` example points) and `GET` reports `completed` from then on. The wizard
 * refuses (`409`) once it is completed, and while a session holds the configuration lock ("another client
 * is connected").
 */
import { documentedAnswer, documentedError, json, type Answer } from './answers.js';
import type { Call, SpecModel } from './routes.js';
import type { TransactionLock } from './transaction.js';

export class Setup {
  #status = 'uninitialized';

  constructor(
    private readonly model: SpecModel,
    private readonly lock: TransactionLock,
    private readonly log: (line: string) => void,
  ) {}

  static handles(operationId: string): boolean {
    return operationId === 'getSetupStatus' || operationId === 'completeSetup';
  }

  answer(call: Pick<Call, 'route'>): Answer {
    const { route } = call;
    if (route.operationId === 'getSetupStatus') {
      const examples = this.model.examples(route, 200) as { status?: string }[];
      const example = examples.find(({ status }) => status === this.#status) ?? { ...examples[0], status: this.#status };
      return json(200, example);
    }
    if (this.#status === 'completed') return documentedError(this.model, route, 409, 'SetupAlreadyCompleted', 'The Welcome Wizard has already been completed.');
    if (this.lock.current) return documentedError(this.model, route, 409, 'WebGuiOrRpcApiConfigInProgress', 'Another client is changing the configuration; the Welcome Wizard cannot run now.');
    this.#status = 'completed';
    this.log('Welcome Wizard completed');
    return documentedAnswer(this.model, route);
  }
}
